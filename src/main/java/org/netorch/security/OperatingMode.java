package org.netorch.security;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Decides, before anything starts, whether the app runs in demo mode (simulator and the fixed demo admin) or for real
 * (the admin password must come from the environment), and refuses to start when the settings leave it unclear.
 */
public class OperatingMode implements EnvironmentPostProcessor, Ordered {

    static final String DEMO_USER = "demo";
    static final String DEMO_PASSWORD = "demo";
    /** Demo users besides the admin, each with its name as password. */
    static final String DEMO_OPERATOR = "operator";
    static final String DEMO_VIEWER = "viewer";
    static final String PROPERTY_SOURCE = "operatingMode";
    static final String DEMO_PROPERTY = "orchestrator.demo";
    /** The database of {@code application.yml}; any other one is a deliberate choice, never a demo by accident. */
    static final String EMBEDDED_DATABASE_URL = "jdbc:h2:file:./data/orchestrator;DB_CLOSE_ON_EXIT=FALSE";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean demo = decide(environment);
        Map<String, Object> admin = new HashMap<>();
        if (demo) {
            admin.put("camunda.bpm.admin-user.id", DEMO_USER);
            admin.put("camunda.bpm.admin-user.password", DEMO_PASSWORD);
            admin.put("camunda.bpm.admin-user.first-name", "Demo");
            admin.put("camunda.bpm.admin-user.last-name", "Operator");
        } else {
            String password = environment.getProperty("orchestrator.admin.password");
            if (!StringUtils.hasText(password)) {
                throw new MissingAdminPasswordException();
            }
            admin.put("camunda.bpm.admin-user.id", environment.getProperty("orchestrator.admin.user", "admin"));
            admin.put("camunda.bpm.admin-user.password", password);
        }
        // the decision itself is not a default: it wins, so everything later reads the mode that was checked here
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE + "Decision",
                Map.of(DEMO_PROPERTY, Boolean.toString(demo))));
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, admin));
    }

    /** After the config files and profiles are read, so a datasource from any of them counts. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    public static boolean isDemo(ConfigurableEnvironment environment) {
        return Boolean.parseBoolean(environment.getProperty(DEMO_PROPERTY));
    }

    private static boolean decide(ConfigurableEnvironment environment) {
        boolean realNetBox = StringUtils.hasText(environment.getProperty("netbox.url"));
        String explicit = environment.getProperty(DEMO_PROPERTY);
        if (StringUtils.hasText(explicit)) {
            boolean demo = Boolean.parseBoolean(explicit.trim());
            if (demo && realNetBox) {
                throw new OperatingModeException("orchestrator.demo=true and NETBOX_URL are both set: demo mode runs "
                        + "on the built-in NetBox simulator, never on a real NetBox.",
                        "Unset ORCHESTRATOR_DEMO to work with the NetBox at NETBOX_URL, or unset NETBOX_URL for the demo.");
            }
            if (!demo && !realNetBox) {
                throw new OperatingModeException("orchestrator.demo=false, but no NetBox is configured (NETBOX_URL).",
                        "Set NETBOX_URL and NETBOX_TOKEN to the NetBox this orchestrator works with.");
            }
            return demo;
        }
        if (realNetBox) {
            return false;
        }
        if (!usesEmbeddedDatabase(environment)) {
            throw new OperatingModeException("No NETBOX_URL is set, but a database other than the embedded H2 file is "
                    + "configured (" + describeDatabase(environment) + "). Demo mode (the NetBox simulator and the "
                    + "demo/demo admin) runs on that database only when asked for.",
                    "Set NETBOX_URL, NETBOX_TOKEN and ORCHESTRATOR_ADMIN_PASSWORD to work with a real NetBox, or set "
                            + "ORCHESTRATOR_DEMO=true (orchestrator.demo=true) to run the demo on this database.");
        }
        return true;
    }

    private static boolean usesEmbeddedDatabase(ConfigurableEnvironment environment) {
        String url = environment.getProperty("spring.datasource.url");
        boolean postgresProfile = Arrays.asList(environment.getActiveProfiles()).contains("postgres");
        return !postgresProfile && (url == null || url.equals(EMBEDDED_DATABASE_URL));
    }

    private static String describeDatabase(ConfigurableEnvironment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        // a JDBC URL may carry a password in its parameters: name the database kind only
        int colon = url.indexOf(':', "jdbc:".length());
        String kind = url.startsWith("jdbc:") && colon > 0 ? url.substring(0, colon) : "a configured datasource";
        boolean postgresProfile = Arrays.asList(environment.getActiveProfiles()).contains("postgres");
        return postgresProfile ? "profile postgres, " + kind : kind;
    }
}
