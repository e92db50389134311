package org.netorch.security;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param timeToLive how long a successful HTTP Basic login is taken again without asking Camunda; a changed password,
 *                   a removed user or a changed group membership reaches Basic callers within it; {@code 0} checks
 *                   every request
 */
@Validated
@ConfigurationProperties("orchestrator.security.login-cache")
record LoginCacheProperties(@DefaultValue("10s") @NotNull Duration timeToLive) {
}
