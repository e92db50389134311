package org.netorch.security;

import java.security.Principal;
import java.util.List;

/** An API caller as Camunda knows them: the user id and the groups the engine checks authorizations against. */
record CamundaUser(String id, List<String> groups) implements Principal {

    @Override
    public String getName() {
        return id;
    }
}
