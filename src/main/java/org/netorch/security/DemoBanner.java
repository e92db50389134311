package org.netorch.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.stereotype.Component;

/** Prints where to go and how to log in, once the demo is up. */
@Component
class DemoBanner {

    private static final Logger log = LoggerFactory.getLogger(DemoBanner.class);

    private final ConfigurableEnvironment environment;

    DemoBanner(ConfigurableEnvironment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (!OperatingMode.isDemo(environment)) {
            return;
        }
        String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        log.info("""

                ==== Demo mode (no NETBOX_URL): built-in NetBox simulator ====
                  Tasklist / Cockpit / Admin  {}/camunda
                  Our API                     {}/api/subscriptions (HTTP Basic, same users)
                  NetBox simulator            {}/netbox/api/
                  Users (user / password)     {} / {} (admin), {} / {} (operator), {} / {} (viewer)
                ==============================================================""",
                base, base, base, OperatingMode.DEMO_USER, OperatingMode.DEMO_PASSWORD,
                OperatingMode.DEMO_OPERATOR, OperatingMode.DEMO_OPERATOR,
                OperatingMode.DEMO_VIEWER, OperatingMode.DEMO_VIEWER);
    }
}
