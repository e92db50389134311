package org.netorch.netboxsim;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/** The bean exists only while the simulator is switched on (see {@link SimulatorEnabledCondition}). */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Conditional(SimulatorEnabledCondition.class)
@interface ConditionalOnSimulator {
}
