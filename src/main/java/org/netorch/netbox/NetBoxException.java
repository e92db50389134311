package org.netorch.netbox;

import org.springframework.http.HttpStatus;

/**
 * NetBox answered a call with something other than success. The message starts with method, path and status and
 * then gives NetBox's own detail, so the part that matters survives when an incident message is cut short.
 */
public class NetBoxException extends RuntimeException {

    private final String method;
    private final String path;
    private final int status;
    private final String detail;

    public NetBoxException(String method, String path, int status, String detail) {
        this(method, path, status, detail, null);
    }

    NetBoxException(String method, String path, int status, String detail, Throwable cause) {
        super(method + " " + path + " → " + describe(status) + ": " + detail, cause);
        this.method = method;
        this.path = path;
        this.status = status;
        this.detail = detail;
    }

    private static String describe(int status) {
        if (status == 0) {
            return "unreachable";
        }
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? String.valueOf(status) : status + " " + known.getReasonPhrase();
    }

    public String method() {
        return method;
    }

    /** Path and query relative to the NetBox base URL, never with host or credentials. */
    public String path() {
        return path;
    }

    /** HTTP status, or 0 when no answer came at all. */
    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    public boolean isNotFound() {
        return status == 404;
    }

    public boolean isConflict() {
        return status == 409;
    }

    public boolean isServerError() {
        return status >= 500;
    }

    public boolean isTimeout() {
        return false;
    }
}
