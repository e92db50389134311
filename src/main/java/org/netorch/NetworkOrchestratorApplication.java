package org.netorch;

import org.netorch.netbox.seed.SeedCommand;
import org.netorch.netboxsim.SimulatorOnly;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NetworkOrchestratorApplication {

    public static void main(String[] args) {
        JdkDefaults.apply();
        if (SeedCommand.isRequested(args)) {
            SeedCommand.runAndExit(args);
            return;
        }
        if (SimulatorOnly.isRequested(args)) {
            SimulatorOnly.run(args);
            return;
        }
        SpringApplication.run(NetworkOrchestratorApplication.class, args);
    }
}
