package org.netorch.security;

class MissingAdminPasswordException extends IllegalStateException {

    MissingAdminPasswordException() {
        super("NETBOX_URL is set, so the app is not in demo mode and needs an admin password from the environment");
    }
}
