package org.netorch.api;

class NotFoundException extends RuntimeException {

    NotFoundException(String message) {
        super(message);
    }
}
