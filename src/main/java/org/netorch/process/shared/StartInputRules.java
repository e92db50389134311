package org.netorch.process.shared;

import java.util.Map;
import java.util.Optional;

/**
 * The start-input rules of every workflow, the same whoever started it: our API applies them before it starts a
 * process, and each process applies them again in its first step for the paths that skip our API ({@code
 * /engine-rest}, Tasklist's generic start form).
 */
public interface StartInputRules {

    /** Thrown by the first step; every diagram's boundary event ends the process at endEvent_startInputRefused. */
    String ERROR_START_INPUT_REFUSED = "START_INPUT_REFUSED";
    /** Where that boundary event keeps the reason, for Cockpit and our API's process view. */
    String REFUSAL_VARIABLE = "start_input_refused";

    /** Why a {@code processKey} process may not run with these start variables (naming the field), if it may not. */
    Optional<String> refusal(String processKey, Map<String, Object> startVariables);
}
