package org.netorch.netboxsim;

import org.netorch.netbox.NetBoxEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In demo mode the client calls the simulator this very app serves, over real HTTP. The port is read per call,
 * because with {@code server.port=0} it is only known once the server has started.
 */
@Component
@ConditionalOnSimulator
@ConditionalOnExpression("'${netbox.url:}'.trim().isEmpty()")
class LocalSimulatorEndpoint implements NetBoxEndpoint {

    private final Environment environment;
    private final SimulatorProperties properties;

    LocalSimulatorEndpoint(Environment environment, SimulatorProperties properties) {
        this.environment = environment;
        this.properties = properties;
    }

    @Override
    public String baseUrl() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String contextPath = environment.getProperty("server.servlet.context-path", "");
        return "http://127.0.0.1:" + port + contextPath + "/netbox";
    }

    @Override
    public String token() {
        return properties.token();
    }
}
