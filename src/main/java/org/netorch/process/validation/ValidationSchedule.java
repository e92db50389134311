package org.netorch.process.validation;

import org.springframework.stereotype.Component;

/** When validate_subscriptions starts by itself ({@code ${validationSchedule.cron}} in its timer start event). */
@Component("validationSchedule")
public class ValidationSchedule {

    private final String cron;

    ValidationSchedule(ValidationProperties properties) {
        this.cron = properties.cron();
    }

    public String getCron() {
        return cron;
    }
}
