package org.netorch.security;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Decides, before anything starts, whether the app runs in demo mode (no NetBox configured: simulator and the fixed
 * demo admin) or for real (the admin password must come from the environment).
 */
public class OperatingMode implements EnvironmentPostProcessor {

    static final String DEMO_USER = "demo";
    static final String DEMO_PASSWORD = "demo";
    /** Demo users besides the admin, each with its name as password. */
    static final String DEMO_OPERATOR = "operator";
    static final String DEMO_VIEWER = "viewer";
    static final String PROPERTY_SOURCE = "operatingMode";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> admin = new HashMap<>();
        if (isDemo(environment)) {
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
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, admin));
    }

    public static boolean isDemo(ConfigurableEnvironment environment) {
        return !StringUtils.hasText(environment.getProperty("netbox.url"));
    }
}
