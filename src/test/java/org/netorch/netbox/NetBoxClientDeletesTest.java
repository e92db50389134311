package org.netorch.netbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NetBoxClientDeletesTest {

    @RegisterExtension
    final FakeNetBox netBox = FakeNetBox.start();
    private final NetBoxClient client = netBox.client("token");

    @Test
    void deletesEachKindOfObjectByItsDetailUrlAndAcceptsNetBoxsEmpty204() {
        netBox.answer("DELETE", "/api/ipam/ip-addresses/41/", 204, "");
        netBox.answer("DELETE", "/api/ipam/prefixes/12/", 204, "");
        netBox.answer("DELETE", "/api/dcim/cables/7/", 204, "");

        assertThat(client.deleteIpAddress(41)).isTrue();
        assertThat(client.deletePrefix(12)).isTrue();
        assertThat(client.deleteCable(7)).isTrue();

        assertThat(netBox.requests()).extracting(r -> r.method() + " " + r.path()).containsExactly(
                "DELETE /api/ipam/ip-addresses/41/", "DELETE /api/ipam/prefixes/12/", "DELETE /api/dcim/cables/7/");
        assertThat(netBox.requests()).allSatisfy(r -> {
            assertThat(r.body()).isEmpty();
            assertThat(r.header("Authorization")).isEqualTo("Token token");
        });
    }

    @Test
    void anObjectAlreadyGoneIsNotAnErrorSoARetriedDeleteSucceeds() {
        netBox.answer("DELETE", "/api/ipam/ip-addresses/41/", 404,
                "{\"detail\": \"No IPAddress matches the given query.\"}");
        netBox.answer("DELETE", "/api/dcim/cables/7/", 404, "{\"detail\": \"No Cable matches the given query.\"}");

        assertThat(client.deleteIpAddress(41)).isFalse();
        assertThat(client.deleteCable(7)).isFalse();
        assertThat(client.deletePrefix(12)).as("unknown path, NetBox's plain 404").isFalse();
    }

    @Test
    void anyOtherRefusalIsANetBoxExceptionNamingTheCall() {
        netBox.answer("DELETE", "/api/ipam/prefixes/12/", 409, "{\"detail\": \"Unable to delete object. "
                + "1 dependent objects were found: 2001:db8:10::/127 (13)\"}");
        netBox.answer("DELETE", "/api/dcim/cables/7/", 503, "text/plain", "503 Service Unavailable\n",
                Duration.ZERO);

        NetBoxException conflict = catchThrowableOfType(NetBoxException.class, () -> client.deletePrefix(12));
        NetBoxException unavailable = catchThrowableOfType(NetBoxException.class, () -> client.deleteCable(7));

        assertThat(conflict.getMessage()).isEqualTo("DELETE /api/ipam/prefixes/12/ → 409 Conflict: "
                + "Unable to delete object. 1 dependent objects were found: 2001:db8:10::/127 (13)");
        assertThat(unavailable.isServerError()).isTrue();
        assertThat(unavailable.getMessage()).startsWith("DELETE /api/dcim/cables/7/ → 503 Service Unavailable");
    }

    @Test
    void aDeleteWithoutAnAnswerIsATimeoutNotASuccess() {
        netBox.answer("DELETE", "/api/ipam/ip-addresses/41/", 204, "application/json", "", Duration.ofMillis(1500));
        NetBoxClient impatient = netBox.client("token", Duration.ofMillis(300), 200);

        NetBoxException timeout = catchThrowableOfType(NetBoxException.class, () -> impatient.deleteIpAddress(41));

        assertThat(timeout.isTimeout()).isTrue();
        assertThat(timeout.getMessage()).startsWith("DELETE /api/ipam/ip-addresses/41/ → unreachable: read timed out");
    }
}
