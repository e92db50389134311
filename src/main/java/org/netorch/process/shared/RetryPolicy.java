package org.netorch.process.shared;

import org.netorch.netbox.NetBoxProperties;
import org.springframework.stereotype.Component;

/** The retry cycle every NetBox step's job uses ({@code ${retryPolicy.netBoxCycle}} in the diagrams). */
@Component("retryPolicy")
public class RetryPolicy {

    private final String netBoxCycle;

    RetryPolicy(NetBoxProperties properties) {
        this.netBoxCycle = properties.retryCycle();
    }

    public String getNetBoxCycle() {
        return netBoxCycle;
    }
}
