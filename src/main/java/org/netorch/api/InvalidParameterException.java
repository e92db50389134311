package org.netorch.api;

class InvalidParameterException extends RuntimeException {

    private final String parameter;

    InvalidParameterException(String parameter, String reason) {
        super(reason);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
