package org.netorch.process.shared;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param defaultCustomerId the customer a subscription belongs to when the operator names none
 * @param operatorsGroup the Camunda group whose members work every user task (its candidate group)
 */
@Validated
@ConfigurationProperties("orchestrator")
public record WorkflowProperties(
        @DefaultValue("b727dd2c-55f3-4d19-8452-a32f15b00123") @NotBlank String defaultCustomerId,
        @DefaultValue("network-operators") @NotBlank String operatorsGroup) {
}
