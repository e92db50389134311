package org.netorch.netbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NetBoxClientErrorTest {

    @RegisterExtension
    final FakeNetBox netBox = FakeNetBox.start();
    private final NetBoxClient client = netBox.client("0123456789abcdef0123456789abcdef01234567");

    @Test
    void putsMethodPathAndStatusBeforeNetBoxsNonFieldError() {
        netBox.answer("POST", "/api/dcim/cables/", 400,
                "{\"__all__\": [\"Duplicate termination found for dcim.interface 101: cable 3\"]}");

        NetBoxException error = catchThrowableOfType(NetBoxException.class,
                () -> client.createCable(101, 202, "planned", "c1", "[subscription x]"));

        assertThat(error.getMessage()).isEqualTo(
                "POST /api/dcim/cables/ → 400 Bad Request: __all__: Duplicate termination found for dcim.interface 101: cable 3");
        assertThat(error.method()).isEqualTo("POST");
        assertThat(error.path()).isEqualTo("/api/dcim/cables/");
        assertThat(error.status()).isEqualTo(400);
        assertThat(error.isServerError()).isFalse();
    }

    @Test
    void joinsSeveralFieldErrors() {
        netBox.answer("PATCH", "/api/dcim/devices/4/", 400,
                "{\"name\": [\"This field is required.\", \"Too short.\"], \"status\": [\"bogus is not a valid choice.\"]}");

        NetBoxException error = catchThrowableOfType(NetBoxException.class,
                () -> client.updateDeviceStatus(4, "bogus"));

        assertThat(error.detail())
                .isEqualTo("name: This field is required., Too short.; status: bogus is not a valid choice.");
    }

    @Test
    void readsArrayBodiesOfStringsAndOfFieldErrors() {
        netBox.answer("GET", "/api/dcim/devices/", 400, "[\"'start' and 'offset' are mutually exclusive.\"]")
                .answer("POST", "/api/ipam/prefixes/5/available-prefixes/", 400,
                        "[{\"prefix_length\": [\"Invalid prefix length (129) for IPv6\"]}]");

        NetBoxException listError = catchThrowableOfType(NetBoxException.class,
                () -> client.devices(DeviceQuery.all()));
        NetBoxException allocationError = catchThrowableOfType(NetBoxException.class,
                () -> client.allocatePrefix(5, 129, "x", false));

        assertThat(listError.detail()).isEqualTo("'start' and 'offset' are mutually exclusive.");
        assertThat(listError.path()).isEqualTo("/api/dcim/devices/?limit=200");
        assertThat(allocationError.detail()).isEqualTo("prefix_length: Invalid prefix length (129) for IPv6");
    }

    @Test
    void tellsNotFoundApart() {
        netBox.answer("GET", "/api/dcim/devices/99/", 404, "{\"detail\": \"No Device matches the given query.\"}");

        NetBoxException error = catchThrowableOfType(NetBoxException.class, () -> client.device(99));

        assertThat(error.isNotFound()).isTrue();
        assertThat(error.isConflict()).isFalse();
        assertThat(error.getMessage())
                .isEqualTo("GET /api/dcim/devices/99/ → 404 Not Found: No Device matches the given query.");
    }

    @Test
    void tellsAnExhaustedPoolAsAConflict() {
        netBox.answer("POST", "/api/ipam/prefixes/3/available-prefixes/", 409,
                "{\"detail\": \"Insufficient resources are available to satisfy the request\"}");

        NetBoxException error = catchThrowableOfType(NetBoxException.class,
                () -> client.allocatePrefix(3, 64, "[subscription x]", false));

        assertThat(error.isConflict()).isTrue();
        assertThat(error.getMessage()).isEqualTo("POST /api/ipam/prefixes/3/available-prefixes/ → 409 Conflict: "
                + "Insufficient resources are available to satisfy the request");
    }

    @Test
    void namesTheExceptionOfAServerError() {
        netBox.answer("PATCH", "/api/dcim/cables/8/", 500, "{\"error\": \"deadlock detected\", "
                + "\"exception\": \"OperationalError\", \"netbox_version\": \"4.6.8\", \"python_version\": \"3.12.3\"}");

        NetBoxException error = catchThrowableOfType(NetBoxException.class,
                () -> client.updateCableStatus(8, "connected"));

        assertThat(error.isServerError()).isTrue();
        assertThat(error.isTimeout()).isFalse();
        assertThat(error.getMessage())
                .isEqualTo("PATCH /api/dcim/cables/8/ → 500 Internal Server Error: OperationalError: deadlock detected");
    }

    @Test
    void shortensAProxysHtmlPage() {
        String page = "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>" + "x".repeat(400) + "</body></html>";
        netBox.answer("GET", "/api/dcim/devices/1/", 502, "text/html", page, Duration.ZERO);

        NetBoxException error = catchThrowableOfType(NetBoxException.class, () -> client.device(1));

        assertThat(error.isServerError()).isTrue();
        assertThat(error.detail()).startsWith("<html> <head><title>502 Bad Gateway</title></head> <body>xxx")
                .hasSizeLessThanOrEqualTo(201);
        assertThat(error.getMessage()).startsWith("GET /api/dcim/devices/1/ → 502 Bad Gateway: <html>");
    }

    @Test
    void fallsBackToTheReasonPhraseForAnEmptyBody() {
        netBox.answer("GET", "/api/dcim/devices/1/", 503, "text/plain", "", Duration.ZERO);

        NetBoxException error = catchThrowableOfType(NetBoxException.class, () -> client.device(1));

        assertThat(error.getMessage()).isEqualTo("GET /api/dcim/devices/1/ → 503 Service Unavailable: Service Unavailable");
    }

    @Test
    void reportsAReadTimeoutWithTheConfiguredLimit() {
        NetBoxClient impatient = netBox.client("token", Duration.ofMillis(300), 200);
        netBox.answer("PATCH", "/api/dcim/devices/2/", 200, "application/json", "{\"id\": 2}", Duration.ofMillis(1500));

        NetBoxException error = catchThrowableOfType(NetBoxException.class,
                () -> impatient.updateDeviceStatus(2, "active"));

        assertThat(error).isInstanceOf(NetBoxUnreachableException.class);
        assertThat(error.isTimeout()).isTrue();
        assertThat(error.status()).isZero();
        assertThat(error.getMessage())
                .isEqualTo("PATCH /api/dcim/devices/2/ → unreachable: read timed out after 300ms");
    }

    @Test
    void reportsARefusedConnection() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        NetBoxClient nowhere = FakeNetBox.clientFor("http://127.0.0.1:" + closedPort, "token", Duration.ofSeconds(1), 50);

        NetBoxException error = catchThrowableOfType(NetBoxException.class, () -> nowhere.device(1));

        assertThat(error).isInstanceOf(NetBoxUnreachableException.class);
        assertThat(error.isTimeout()).isFalse();
        assertThat(error.getMessage()).isEqualTo("GET /api/dcim/devices/1/ → unreachable: cannot connect: connection refused");
    }

    @Test
    void refusesToCallWithoutABaseUrl() {
        NetBoxClient unconfigured = FakeNetBox.clientFor("", "token", Duration.ofSeconds(1), 50);

        NetBoxException error = catchThrowableOfType(NetBoxException.class, () -> unconfigured.device(1));

        assertThat(error.getMessage()).startsWith("GET /api/dcim/devices/1/ → unreachable: no NetBox base URL");
    }

    @Test
    void reportsAnAnswerThatIsNotJson() {
        netBox.answer("GET", "/api/dcim/devices/1/", 200, "text/html", "<html>login</html>", Duration.ZERO);

        NetBoxException error = catchThrowableOfType(NetBoxException.class, () -> client.device(1));

        assertThat(error.status()).isEqualTo(200);
        assertThat(error.getMessage()).startsWith("GET /api/dcim/devices/1/ → 200 OK: unreadable answer");
    }
}
