package org.netorch.process.shared;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A user task's server-side check refused the submitted form: nothing is completed. As a
 * {@link BadUserRequestException} it reaches Tasklist and {@code /engine-rest} as a 400 with this message, and our API
 * names the field.
 */
public class FormCheckException extends BadUserRequestException {

    private final String field;

    public FormCheckException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
