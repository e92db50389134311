package org.netorch.netboxsim;

import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.HttpEncodingAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code --netbox-simulator-only}: the jar serves the NetBox simulator on its port and nothing else (no engine, no
 * webapps, no app database), so several orchestrator nodes can share one simulated NetBox. The simulator keeps its
 * state in {@code netbox.simulator.store-url}.
 */
public final class SimulatorOnly {

    public static final String ARGUMENT = "--netbox-simulator-only";

    private SimulatorOnly() {
    }

    public static boolean isRequested(String[] args) {
        return Arrays.asList(args).contains(ARGUMENT);
    }

    public static ConfigurableApplicationContext run(String[] args) {
        // first, over application.yml and the environment: this mode is the simulator whatever else is set
        Map<String, Object> mode = Map.of("netbox.simulator.enabled", "true",
                "spring.application.name", "netbox-simulator",
                // the webapps' static files are on the classpath too; serve none of them
                "spring.web.resources.add-mappings", "false");
        return new SpringApplicationBuilder(Server.class)
                .initializers(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("simulatorOnly", mode)))
                .run(args);
    }

    /** Only the web server and the simulator's own package; not a component, so the app's scan skips it. */
    @ComponentScan(basePackageClasses = SimulatorOnly.class)
    @EnableConfigurationProperties(SimulatorProperties.class)
    @ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class,
            ConfigurationPropertiesAutoConfiguration.class, JacksonAutoConfiguration.class,
            HttpMessageConvertersAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class,
            DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class,
            HttpEncodingAutoConfiguration.class, ErrorMvcAutoConfiguration.class})
    static class Server {
    }
}
