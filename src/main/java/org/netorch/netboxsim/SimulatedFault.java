package org.netorch.netboxsim;

import java.time.Duration;
import java.util.Objects;

/**
 * A failure the simulator plays back on matching requests, {@code times} times, then forgets.
 *
 * @param method      HTTP method, or {@code *} for any
 * @param pathPattern Ant-style pattern relative to {@code /netbox}, e.g. {@code /api/dcim/devices/*}{@code /}
 * @param mode        what happens to a matching request
 * @param status      the answer's status for FAIL and APPLY_THEN_FAIL
 * @param times       how many matching requests it affects
 * @param delay       how long DELAY waits before handling the request normally
 */
public record SimulatedFault(String method, String pathPattern, Mode mode, int status, int times, Duration delay) {

    public enum Mode {
        /** Answers {@code status} without applying anything. */
        FAIL,
        /** Waits, then handles the request normally (a write is applied), like a slow NetBox behind a timeout. */
        DELAY,
        /** Applies the write, then answers {@code status} instead of the object. */
        APPLY_THEN_FAIL
    }

    public SimulatedFault {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathPattern, "pathPattern");
        Objects.requireNonNull(mode, "mode");
        method = method.toUpperCase();
        delay = delay == null ? Duration.ZERO : delay;
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        if (mode != Mode.DELAY && (status < 400 || status > 599)) {
            throw new IllegalArgumentException("status must be an error status (4xx or 5xx)");
        }
    }

    public static SimulatedFault failNext(String method, String pathPattern, int status, int times) {
        return new SimulatedFault(method, pathPattern, Mode.FAIL, status, times, Duration.ZERO);
    }

    public static SimulatedFault delayNext(String method, String pathPattern, Duration delay) {
        return new SimulatedFault(method, pathPattern, Mode.DELAY, 0, 1, delay);
    }

    public static SimulatedFault applyThenFail(String method, String pathPattern, int status) {
        return new SimulatedFault(method, pathPattern, Mode.APPLY_THEN_FAIL, status, 1, Duration.ZERO);
    }
}
