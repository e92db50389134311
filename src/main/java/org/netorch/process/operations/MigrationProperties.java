package org.netorch.process.operations;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param renames the folder (a Spring resource location) holding each workflow's {@code <process key>.json}: the
 *     activity ids its releases renamed, old id to new, which a migration maps besides the ids that stayed equal
 */
@Validated
@ConfigurationProperties("orchestrator.migration")
public record MigrationProperties(@DefaultValue("classpath:bpmn/migrations/") @NotBlank String renames) {
}
