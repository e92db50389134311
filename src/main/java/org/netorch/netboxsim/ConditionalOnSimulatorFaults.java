package org.netorch.netboxsim;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** The bean exists only with the simulator on and {@code netbox.simulator.faults-enabled=true}. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ConditionalOnSimulator
@ConditionalOnProperty(prefix = "netbox.simulator", name = "faults-enabled", havingValue = "true")
@interface ConditionalOnSimulatorFaults {
}
