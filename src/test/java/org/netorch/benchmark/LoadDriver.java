package org.netorch.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/** Runs n workflows with c of them in flight at a time and measures wall time, latency and the app's CPU time. */
final class LoadDriver {

    /** One workflow from its start until it has ended; throws when it ends anywhere but where it should. */
    @FunctionalInterface
    interface Workflow {
        void run(int index) throws Exception;
    }

    private LoadDriver() {
    }

    static BatchResult run(String label, Workflow workflow, int n, int concurrency, LongSupplier appCpuMillis) {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        long cpuBefore = appCpuMillis.getAsLong();
        long requestsBefore = BenchHttp.sent();
        long machineBefore = MachineCpu.busyMillis();
        long postgresBefore = MachineCpu.postgresMillis();
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                running.add(workers.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        workflow.run(i);
                        latencies.add((System.nanoTime() - t0) / 1_000_000);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(label + " failed", e);
        } finally {
            workers.shutdownNow();
        }
        long wallMillis = (System.nanoTime() - started) / 1_000_000;
        long cpuMillis = appCpuMillis.getAsLong() - cpuBefore;
        Cost cost = new Cost(cpuMillis, MachineCpu.busyMillis() - machineBefore,
                MachineCpu.postgresMillis() - postgresBefore, BenchHttp.sent() - requestsBefore);
        return new BatchResult(label, n, concurrency, wallMillis, cost, latencies);
    }

    /** What a batch cost: the app's CPU, the whole machine's and PostgreSQL's, and the requests the driver sent. */
    record Cost(long appMillis, long machineMillis, long postgresMillis, long requests) {

        Cost plus(Cost other) {
            return new Cost(appMillis + other.appMillis, machineMillis + other.machineMillis,
                    postgresMillis + other.postgresMillis, requests + other.requests);
        }
    }

    record BatchResult(String label, int n, int concurrency, long wallMillis, Cost cost, List<Long> latencies) {

        /** Several batches of one kind as one: their workflows, wall and CPU time added, their latencies pooled. */
        static BatchResult combined(List<BatchResult> batches) {
            BatchResult first = batches.get(0);
            List<Long> latencies = new ArrayList<>();
            batches.forEach(batch -> latencies.addAll(batch.latencies()));
            String label = batches.size() == 1 ? first.label() : first.label() + " (" + batches.size() + " rounds)";
            return new BatchResult(label, batches.stream().mapToInt(BatchResult::n).sum(), first.concurrency(),
                    batches.stream().mapToLong(BatchResult::wallMillis).sum(),
                    batches.stream().map(BatchResult::cost).reduce(Cost::plus).orElseThrow(), latencies);
        }

        double throughput() {
            return n * 1000.0 / wallMillis;
        }

        long percentile(int p) {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }

        double cpuPerWorkflow() {
            return (double) cost.appMillis() / n;
        }

        double machineCpuPerWorkflow() {
            return (double) cost.machineMillis() / n;
        }

        double postgresCpuPerWorkflow() {
            return (double) cost.postgresMillis() / n;
        }

        String summary() {
            return String.format("BENCHMARK load %-40s n=%d c=%d: %.2f wf/s, p50 %d ms, p99 %d ms, "
                    + "app CPU %.0f ms/wf, %.1f requests/wf; machine CPU %.0f ms/wf, of it PostgreSQL %.0f", label, n,
                    concurrency, throughput(), percentile(50), percentile(99), cpuPerWorkflow(),
                    (double) cost.requests() / n, machineCpuPerWorkflow(), postgresCpuPerWorkflow());
        }
    }
}
