package org.netorch.netboxsim;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/ipam/prefixes/<id>/available-prefixes/} and {@code …/available-ips/}: plain arrays, no envelope. */
@RestController
@ConditionalOnSimulator
@RequestMapping(path = "/netbox/api/ipam/prefixes/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
class PrefixAllocationController {

    private final Allocations allocations;

    PrefixAllocationController(Allocations allocations) {
        this.allocations = allocations;
    }

    @GetMapping("/available-prefixes/")
    JsonNode availablePrefixes(@PathVariable String id) {
        return allocations.availablePrefixes(ObjectController.id(id));
    }

    @PostMapping("/available-prefixes/")
    ResponseEntity<JsonNode> allocatePrefixes(@PathVariable String id, @RequestBody(required = false) JsonNode body,
            HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(allocations.allocatePrefixes(ObjectController.id(id), body, ObjectController.baseUrl(request)));
    }

    @GetMapping("/available-ips/")
    JsonNode availableIps(@PathVariable String id, @RequestParam(required = false) String limit) {
        return allocations.availableIps(ObjectController.id(id), ObjectService.pageSize(limit));
    }

    @PostMapping("/available-ips/")
    ResponseEntity<JsonNode> allocateIps(@PathVariable String id, @RequestBody(required = false) JsonNode body,
            HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(allocations.allocateIps(ObjectController.id(id), body, ObjectController.baseUrl(request)));
    }
}
