package org.netorch.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Counts failed logins per client address in a fixed window and says how long a noisy address must wait. */
class LoginThrottle {

    /** Bounds the memory a flood from many addresses can take; expired windows are dropped first. */
    private static final int MAX_TRACKED_ADDRESSES = 10_000;

    private final LoginThrottleProperties properties;
    private final Clock clock;
    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(LoginThrottleProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** How long the address must wait before its next login is even looked at; empty when it may try now. */
    Optional<Duration> waitFor(String address) {
        Instant now = clock.instant();
        Failures current = failures.get(address);
        if (current == null || current.endsBefore(now) || current.count() < properties.maxFailures()) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, current.windowEnd());
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }

    /** Returns true when this failure is the one that turns the address away. */
    boolean recordFailure(String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED_ADDRESSES) {
            failures.values().removeIf(f -> f.endsBefore(now));
        }
        Failures updated = failures.compute(address, (key, current) -> current == null || current.endsBefore(now)
                ? new Failures(now.plus(properties.window()), 1)
                : new Failures(current.windowEnd(), current.count() + 1));
        return updated.count() == properties.maxFailures();
    }

    private record Failures(Instant windowEnd, int count) {

        boolean endsBefore(Instant now) {
            return !windowEnd.isAfter(now);
        }
    }
}
