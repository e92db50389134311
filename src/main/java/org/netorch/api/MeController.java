package org.netorch.api;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.netorch.security.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Me", description = "Who is calling and what the caller may do")
class MeController {

    private final Roles roles;

    MeController(Roles roles) {
        this.roles = roles;
    }

    @GetMapping("/api/me")
    @Operation(summary = "The calling user, its groups, and whether it may operate workflows or administer")
    Me me(Authentication caller) {
        List<String> groups = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList();
        return new Me(caller.getName(), groups, roles.mayOperate(groups), roles.mayAdminister(groups));
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Me(String user, List<String> groups, boolean mayOperate, boolean mayAdminister) {
    }
}
