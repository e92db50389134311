package org.netorch.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxFailures failed logins one client address may make within {@code window} before it is turned away
 * @param window how long an address's failures count, from its first one; an address that reached the limit is
 *               turned away until the window ends
 */
@Validated
@ConfigurationProperties("orchestrator.login-throttle")
record LoginThrottleProperties(@DefaultValue("10") @Min(1) int maxFailures, @DefaultValue("5m") Duration window) {
}
