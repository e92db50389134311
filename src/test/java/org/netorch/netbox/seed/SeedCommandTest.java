package org.netorch.netbox.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SeedCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SeedCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void isRequestedOnlyByItsOwnArgument() {
        assertThat(SeedCommand.isRequested(new String[] {"--seed-netbox"})).isTrue();
        assertThat(SeedCommand.isRequested(new String[] {"--server.port=9090", "--seed-netbox"})).isTrue();
        assertThat(SeedCommand.isRequested(new String[] {"--server.port=9090"})).isFalse();
        assertThat(SeedCommand.isRequested(new String[0])).isFalse();
    }

    @Test
    void refusesToSeedWhenNoNetBoxUrlIsSet() {
        int exit = run("--seed-netbox", "--netbox.url=");

        assertThat(exit).isEqualTo(SeedCommand.MISCONFIGURED).isNotZero();
        assertThat(errors()).contains("NETBOX_URL is empty").contains("simulator");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void refusesAUrlThatIsNotHttp() {
        int exit = run("--seed-netbox", "--netbox.url=netbox.example.com");

        assertThat(exit).isEqualTo(SeedCommand.MISCONFIGURED);
        assertThat(errors()).contains("netbox.url").contains("must be empty or an http(s) URL");
    }

    @Test
    void reportsAnUnreachableNetBoxWithTheCallThatFailed() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        int exit = run("--seed-netbox", "--netbox.url=http://127.0.0.1:" + closedPort, "--netbox.token=abc");

        assertThat(exit).isEqualTo(SeedCommand.NETBOX_FAILED);
        assertThat(errors()).contains("Seeding NetBox failed: GET /api/dcim/sites/?slug=location-1")
                .contains("connection refused");
    }
}
