package org.netorch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(3, Duration.ofMinutes(5)),
            clock);

    @Test
    void anAddressIsTurnedAwayAfterItsLastAllowedFailureUntilItsWindowEnds() {
        assertThat(throttle.recordFailure("198.51.100.7")).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.recordFailure("198.51.100.7")).isFalse();
        assertThat(throttle.waitFor("198.51.100.7")).isEmpty();

        assertThat(throttle.recordFailure("198.51.100.7")).isTrue();

        assertThat(throttle.waitFor("198.51.100.7")).contains(Duration.ofMinutes(4));
        clock.advance(Duration.ofMinutes(4));
        assertThat(throttle.waitFor("198.51.100.7")).isEmpty();
    }

    @Test
    void otherAddressesKeepLoggingIn() {
        for (int i = 0; i < 100; i++) {
            throttle.recordFailure("198.51.100.7");
        }

        assertThat(throttle.waitFor("198.51.100.7")).isPresent();
        assertThat(throttle.waitFor("203.0.113.9")).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        throttle.recordFailure("198.51.100.7");
        throttle.recordFailure("198.51.100.7");
        clock.advance(Duration.ofMinutes(6));

        assertThat(throttle.recordFailure("198.51.100.7")).isFalse();
        assertThat(throttle.waitFor("198.51.100.7")).isEmpty();
    }
}
