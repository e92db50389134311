package org.netorch.process.operations;

import org.netorch.netbox.NetBoxException;

/** NetBox failed a call that an operator's request needed right away; nothing was started or completed. */
public class NetBoxUnavailableException extends RuntimeException {

    private final String call;

    NetBoxUnavailableException(NetBoxException cause) {
        super("NetBox failed " + cause.getMessage(), cause);
        this.call = cause.method() + " " + cause.path();
    }

    /** Method and path of the NetBox call that failed, e.g. {@code GET /api/dcim/devices/1/}. */
    public String call() {
        return call;
    }

    /** This request's failure as NetBox's, when a NetBox call caused it (the engine wraps what listeners throw). */
    static RuntimeException ifCausedByNetBox(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NetBoxException netBox) {
                return new NetBoxUnavailableException(netBox);
            }
        }
        return failure;
    }
}
