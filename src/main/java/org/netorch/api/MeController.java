package org.netorch.api;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Viewers and up: who is calling and what that caller may do, so a UI shows only the actions it can take. */
@RestController
@Tag(name = "Me", description = "Who is calling and what the caller may do")
class MeController {

    private static final String ROLE_PREFIX = "ROLE_";

    @GetMapping("/api/me")
    @Operation(summary = "The calling user, its roles, and whether it may operate workflows or administer")
    Me me(Authentication caller) {
        List<String> roles = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length())).sorted().toList();
        return new Me(caller.getName(), roles, roles.contains("OPERATOR"), roles.contains("ADMIN"));
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Me(String user, List<String> roles, boolean mayOperate, boolean mayAdminister) {
    }
}
