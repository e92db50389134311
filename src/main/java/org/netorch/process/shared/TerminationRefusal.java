package org.netorch.process.shared;

/**
 * Why a terminate workflow may not take a subscription. {@code conflict}: the input is well-formed but the
 * subscription's state refuses it (our API's 409); otherwise the input itself is wrong (400).
 */
public record TerminationRefusal(String reason, boolean conflict) {

    static TerminationRefusal invalid(String reason) {
        return new TerminationRefusal(reason, false);
    }

    static TerminationRefusal conflict(String reason) {
        return new TerminationRefusal(reason, true);
    }
}
