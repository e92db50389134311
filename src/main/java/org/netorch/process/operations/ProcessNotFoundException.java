package org.netorch.process.operations;

/** No workflow, process instance or open task answers to what the caller named. */
public class ProcessNotFoundException extends RuntimeException {

    public ProcessNotFoundException(String message) {
        super(message);
    }
}
