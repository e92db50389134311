package org.netorch.benchmark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An app under test as its own {@code java -jar} process, so its CPU time and RSS come from {@code /proc/<pid>} and
 * the driver's own work is never counted.
 */
final class AppProcess implements AutoCloseable {

    // USER_HZ of Linux's /proc/<pid>/stat; 100 on every distribution we run on
    static final long TICKS_PER_SECOND = 100;

    private final String name;
    private final Process process;
    private final int port;
    private final long startupMillis;
    private final Path log;

    private AppProcess(String name, Process process, int port, long startupMillis, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.startupMillis = startupMillis;
        this.log = log;
    }

    /**
     * Starts the jar and waits until {@code readyPath} answers 200 over Basic auth as demo/demo.
     *
     * @param extraJvmArgs space-separated JVM options (e.g. a flight recording), empty for none
     */
    static AppProcess start(String name, Path jar, Path workDir, Map<String, String> env, List<String> appArgs,
            String extraJvmArgs, String readyPath) {
        return start(name, jar, workDir, env, appArgs, extraJvmArgs, readyPath,
                base -> BenchHttp.basic(base, "demo", "demo"));
    }

    /** As above, probing readiness with the client {@code prober} makes for the app's base URL. */
    static AppProcess start(String name, Path jar, Path workDir, Map<String, String> env, List<String> appArgs,
            String extraJvmArgs, String readyPath, java.util.function.Function<String, BenchHttp> prober) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (!extraJvmArgs.isBlank()) {
            command.addAll(Arrays.asList(extraJvmArgs.trim().split("\\s+")));
        }
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.add("--server.port=" + port);
        command.addAll(appArgs);
        Path log = workDir.resolve(name + ".log");
        try {
            Files.createDirectories(workDir);
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(env);
            long started = System.nanoTime();
            Process process = builder.start();
            BenchHttp http = prober.apply("http://127.0.0.1:" + port);
            long deadline = started + Duration.ofMinutes(10).toNanos();
            while (http.status(readyPath) != 200) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException(name + " did not become ready; see " + log);
                }
                Thread.sleep(50);
            }
            return new AppProcess(name, process, port, (System.nanoTime() - started) / 1_000_000, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String name() {
        return name;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** From launching the JVM to the first 200 of the readiness path. */
    long startupMillis() {
        return startupMillis;
    }

    /** User plus system CPU time the whole JVM has used so far, in milliseconds. */
    long cpuMillis() {
        return cpuTicks(read("stat")) * 1000 / TICKS_PER_SECOND;
    }

    /** User plus system CPU ticks from the text of a {@code /proc/<pid>/stat}. */
    static long cpuTicks(String stat) {
        // the command name in parentheses may hold spaces: count fields after its closing parenthesis
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** Resident set size in MiB. */
    long rssMib() {
        for (String line : read("status").split("\n")) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for " + name);
    }

    Path log() {
        return log;
    }

    private String read(String file) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(process.pid()), file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path jarIn(File directory, String prefix) {
        File[] jars = directory.listFiles((dir, file) -> file.startsWith(prefix) && file.endsWith(".jar")
                && !file.endsWith("-plain.jar") && !file.endsWith(".original"));
        if (jars == null || jars.length == 0) {
            throw new IllegalStateException("no " + prefix + "*.jar in " + directory + "; run mvn package first");
        }
        return jars[0].toPath();
    }
}
