package org.netorch.process.shared;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A user task's server-side check refused the submitted form: nothing is completed. Our API answers 400 naming the
 * field; Tasklist shows the message. The engine wraps whatever a task listener throws; {@code /engine-rest} unwraps it
 * again and answers 400 with this message.
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
