package org.netorch.security;

import java.util.List;

/** A caller whose password Camunda accepted, with the groups and tenants the engine checks authorizations against. */
record VerifiedUser(String id, List<String> groups, List<String> tenants) {

    VerifiedUser {
        groups = List.copyOf(groups);
        tenants = List.copyOf(tenants);
    }
}
