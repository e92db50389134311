package org.netorch.testsupport;

import java.time.Duration;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app on a random port with its own database (H2, or PostgreSQL with -Dit.database=postgres) and its own
 * in-memory NetBox simulator with fault injection. Subclasses share one Spring context. Metrics are exported to
 * {@code /actuator/prometheus} as in production (Spring Boot's tests leave exporters off unless told).
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // the simulator on a database of its own (TestDatabase): demo mode by choice, not by default
        "orchestrator.demo=true",
        "netbox.simulator.store-url=jdbc:h2:mem:netbox-sim-${random.uuid};DB_CLOSE_DELAY=-1",
        "netbox.simulator.faults-enabled=true",
        // a simulated timeout (DELAY fault) must outlast the read timeout and land before the retry
        "netbox.read-timeout=" + AppIntegrationTest.READ_TIMEOUT,
        "netbox.retry-cycle=R2/PT4S",
        // a write without an answer stays in doubt 1 s + 5 s after it was sent: the retry (2 s + 4 s) comes after
        "netbox.request-limit=1s"})
public abstract class AppIntegrationTest {

    public static final String READ_TIMEOUT = "2s";
    public static final Duration SLOWER_THAN_READ_TIMEOUT = Duration.ofMillis(2500);
    public static final String DEMO_USER = "demo";
    public static final String DEMO_PASSWORD = "demo";

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    protected ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port, DEMO_USER, DEMO_PASSWORD);
    }

    /** The app seen from another client address (IPv6 loopback), e.g. a stranger's. */
    protected ApiClient fromOtherAddress() {
        return new ApiClient("http://[::1]:" + port, null, null);
    }

    protected ApiClient anonymous() {
        return new ApiClient("http://127.0.0.1:" + port, null, null);
    }
}
