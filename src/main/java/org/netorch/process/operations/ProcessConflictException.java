package org.netorch.process.operations;

/** The process exists but its state does not allow what was asked (retry without an incident, abort after the end). */
public class ProcessConflictException extends RuntimeException {

    public ProcessConflictException(String message) {
        super(message);
    }
}
