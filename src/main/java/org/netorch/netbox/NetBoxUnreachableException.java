package org.netorch.netbox;

/** No answer from NetBox: connection refused, connect or read timeout. A write may still have been applied. */
public class NetBoxUnreachableException extends NetBoxException {

    private final boolean timeout;

    NetBoxUnreachableException(String method, String path, String reason, boolean timeout, Throwable cause) {
        super(method, path, 0, reason, cause);
        this.timeout = timeout;
    }

    @Override
    public boolean isTimeout() {
        return timeout;
    }
}
