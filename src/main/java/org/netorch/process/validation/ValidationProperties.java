package org.netorch.process.validation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param cron when validate_subscriptions runs by itself: a Camunda timer cycle as a cron expression (seconds first)
 * @param batchSize how many subscriptions one batch of validate_subscriptions validates side by side
 */
@Validated
@ConfigurationProperties("orchestrator.validation")
public record ValidationProperties(
        @DefaultValue("0 0 2 * * ?") @NotBlank String cron,
        @DefaultValue("50") @Min(1) @Max(1000) int batchSize) {
}
