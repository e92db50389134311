package org.netorch.netboxsim;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded NetBox simulator.
 *
 * @param enabled       forces the simulator on or off; when unset it runs exactly when no {@code netbox.url} is set
 * @param token         the API token it accepts ({@code Token <token>}, or {@code Bearer nbt_demodemodemo.<token>})
 * @param storeUrl      JDBC URL of its own H2 database
 * @param faultsEnabled exposes fault injection and the request journal (tests only)
 * @param seed          loads the demo topology into an empty store
 */
@ConfigurationProperties("netbox.simulator")
public record SimulatorProperties(
        Boolean enabled,
        @DefaultValue(DEMO_TOKEN) String token,
        @DefaultValue("jdbc:h2:file:./data/netbox-sim;DB_CLOSE_ON_EXIT=FALSE") String storeUrl,
        @DefaultValue("false") boolean faultsEnabled,
        @DefaultValue("true") boolean seed) {

    public static final String DEMO_TOKEN = "0123456789abcdef0123456789abcdef01234567";
    public static final String DEMO_V2_KEY = "demodemodemo";
}
