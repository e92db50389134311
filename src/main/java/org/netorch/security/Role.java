package org.netorch.security;

/** What a user may do, from least to most; each role includes the ones before it. */
enum Role {
    VIEWER, OPERATOR, ADMIN;

    /** The Spring Security authority {@code hasRole('…')} checks. */
    String authority() {
        return "ROLE_" + name();
    }
}
