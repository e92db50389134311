package org.netorch.netboxsim;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** On when {@code netbox.simulator.enabled=true}, or when that is unset and no real NetBox is configured (demo mode). */
class SimulatorEnabledCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String enabled = context.getEnvironment().getProperty("netbox.simulator.enabled");
        if (StringUtils.hasText(enabled)) {
            return Boolean.parseBoolean(enabled.trim());
        }
        return !StringUtils.hasText(context.getEnvironment().getProperty("netbox.url"));
    }
}
