package org.netorch;

import javax.xml.datatype.DatatypeFactory;

import org.netorch.netbox.seed.SeedCommand;
import org.netorch.netboxsim.SimulatorOnly;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NetworkOrchestratorApplication {

    public static void main(String[] args) {
        if (SeedCommand.isRequested(args)) {
            SeedCommand.runAndExit(args);
            return;
        }
        if (SimulatorOnly.isRequested(args)) {
            SimulatorOnly.run(args);
            return;
        }
        useJdkDatatypeFactory();
        SpringApplication.run(NetworkOrchestratorApplication.class, args);
    }

    // The engine asks JAXP for a DatatypeFactory whenever it reads a step's retry cycle, that is for every job it
    // creates; naming the JDK's own factory, which no jar of ours replaces, spares a search of every jar for one.
    private static void useJdkDatatypeFactory() {
        if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
            System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY,
                    DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        }
    }
}
