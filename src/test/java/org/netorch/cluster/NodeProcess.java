package org.netorch.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One JVM started from the built jar ({@code java -jar target/*.jar}), as an operator starts a node. */
final class NodeProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;
    /** The log is appended to across runs; what this run wrote starts after these lines. */
    private long earlierLogLines;

    private NodeProcess(String name, List<String> arguments, Map<String, String> environment) {
        this.name = name;
        this.port = freePort();
        this.environment = environment;
        this.log = Path.of("target", "cluster", name + ".log");
        this.command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar",
                jar().toString(), "--server.port=" + port));
        this.command.addAll(arguments);
    }

    static NodeProcess simulator(String name) {
        return new NodeProcess(name, List.of("--netbox-simulator-only", "--netbox.simulator.faults-enabled=true",
                "--netbox.simulator.store-url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1"), Map.of());
    }

    static NodeProcess app(String name, String databaseUrl, NodeProcess netBox, List<String> settings) {
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + org.netorch.testsupport.TestDatabase.postgresUser(),
                "--spring.datasource.password=" + org.netorch.testsupport.TestDatabase.postgresPassword()));
        arguments.addAll(settings);
        return new NodeProcess(name, arguments, Map.of(
                "NETBOX_URL", netBox.baseUrl() + "/netbox",
                "NETBOX_TOKEN", ClusterNetBox.TOKEN,
                "ORCHESTRATOR_ADMIN_PASSWORD", ClusterNetBox.ADMIN_PASSWORD));
    }

    /** Starts the JVM and returns at once; {@link #awaitUp} waits for it to serve. */
    NodeProcess start() {
        try {
            Files.createDirectories(log.getParent());
            earlierLogLines = Files.exists(log) ? countLines() : 0;
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** Waits until the node answers {@code path} with 2xx (health for an app node, NetBox status for the simulator). */
    NodeProcess awaitUp(String path, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                        .timeout(Duration.ofSeconds(5));
                if (path.startsWith("/netbox/")) {
                    request.header("Authorization", "Token " + ClusterNetBox.TOKEN);
                }
                if (HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode() / 100 == 2) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(Duration.ofMillis(500));
        }
        throw new IllegalStateException(name + " did not come up within " + limit + "; see " + log);
    }

    /** {@code kill -9}: no shutdown hook runs, the jobs it holds stay locked. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code kill -STOP}: the JVM stands still (as in a long pause or a frozen VM), holding its jobs. */
    void pause() {
        signal("STOP");
    }

    /** {@code kill -CONT}: the paused JVM carries on where it stood. */
    void resume() {
        signal("CONT");
    }

    private void signal(String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + signal + " of " + name + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Lines this run of the node wrote to its log that contain {@code text}. */
    long logLinesWith(String text) {
        try (var lines = Files.lines(log)) {
            return lines.skip(earlierLogLines).filter(line -> line.contains(text)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long countLines() throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.count();
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    String name() {
        return name;
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            resume();
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path jar() {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("network-orchestrator-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jar in target/: run mvn verify -Pcluster"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
