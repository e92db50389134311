package org.netorch.security;

/** The settings leave it unclear whether this is the demo or the real thing, so the app does not start. */
class OperatingModeException extends IllegalStateException {

    private final String action;

    OperatingModeException(String description, String action) {
        super(description);
        this.action = action;
    }

    String action() {
        return action;
    }
}
