package org.netorch.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time of the whole machine and of PostgreSQL's processes, from /proc: with every core busy, throughput is the
 * machine's CPU divided by what one workflow costs in all processes together (app, database and driver).
 */
final class MachineCpu {

    private MachineCpu() {
    }

    /** Time all cores spent busy so far (user, system, interrupts, stolen), in milliseconds. */
    static long busyMillis() {
        String[] cpu = read(Path.of("/proc/stat")).lines().findFirst().orElseThrow().trim().split("\\s+");
        long busy = 0;
        for (int field : new int[] {1, 2, 3, 6, 7, 8}) { // user nice system irq softirq steal
            busy += Long.parseLong(cpu[field]);
        }
        return busy * 1000 / AppProcess.TICKS_PER_SECOND;
    }

    /** CPU time of the PostgreSQL processes now running (the pool keeps its connections, so their backends live on). */
    static long postgresMillis() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            long ticks = processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(MachineCpu::postgresTicks).sum();
            return ticks * 1000 / AppProcess.TICKS_PER_SECOND;
        } catch (IOException e) {
            return 0;
        }
    }

    private static long postgresTicks(Path process) {
        String stat;
        try {
            stat = Files.readString(process.resolve("stat"));
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        if (open < 0 || close < 0 || !stat.substring(open + 1, close).startsWith("postgres")) {
            return 0;
        }
        return AppProcess.cpuTicks(stat);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
