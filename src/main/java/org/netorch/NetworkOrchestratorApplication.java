package org.netorch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NetworkOrchestratorApplication {

    public static void main(String[] args) {
        SpringApplication.run(NetworkOrchestratorApplication.class, args);
    }
}
