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

/** {@code /api/ipam/vlan-groups/<id>/available-vlans/}: a plain array of free VIDs, and allocation by POST. */
@RestController
@ConditionalOnSimulator
@RequestMapping(path = "/netbox/api/ipam/vlan-groups/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
class VlanAllocationController {

    private final VlanAllocations allocations;

    VlanAllocationController(VlanAllocations allocations) {
        this.allocations = allocations;
    }

    @GetMapping("/available-vlans/")
    JsonNode availableVlans(@PathVariable String id, @RequestParam(required = false) String limit,
            HttpServletRequest request) {
        return allocations.availableVlans(ObjectController.id(id), ObjectService.pageSize(limit),
                ObjectController.baseUrl(request));
    }

    @PostMapping("/available-vlans/")
    ResponseEntity<JsonNode> allocateVlans(@PathVariable String id, @RequestBody(required = false) JsonNode body,
            HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(allocations.allocate(ObjectController.id(id), body, ObjectController.baseUrl(request)));
    }
}
