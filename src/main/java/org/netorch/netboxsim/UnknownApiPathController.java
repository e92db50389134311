package org.netorch.netboxsim;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whatever no other mapping takes under {@code /netbox/api/}. A GET without its trailing slash is redirected, as
 * Django's APPEND_SLASH does; a write without it is a 404 (NetBox 4.5.9+), so clients cannot lose a body silently.
 */
@RestController
@ConditionalOnSimulator
class UnknownApiPathController {

    @RequestMapping("/netbox/api/**")
    ResponseEntity<Object> unknown(HttpServletRequest request) {
        String path = request.getRequestURI();
        boolean readMethod = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        if (readMethod && !path.endsWith("/")) {
            String query = request.getQueryString();
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(URI.create(path + "/" + (query == null ? "" : "?" + query)))
                    .build();
        }
        throw NetBoxApiError.detail(404, "Not found.");
    }
}
