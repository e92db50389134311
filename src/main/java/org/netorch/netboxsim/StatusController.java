package org.netorch.netboxsim;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/status/}, which clients read to learn the NetBox version. */
@RestController
@ConditionalOnSimulator
class StatusController {

    @GetMapping(path = "/netbox/api/status/", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> status() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("django-version", "5.2.8");
        status.put("hostname", "netbox-simulator");
        status.put("installed_apps", Map.of("django_filters", "25.1", "rest_framework", "3.16.1"));
        status.put("netbox-version", SimulatorHttpFilter.NETBOX_VERSION);
        status.put("netbox-full-version", SimulatorHttpFilter.NETBOX_VERSION);
        status.put("plugins", Map.of());
        status.put("python-version", "3.12.3");
        status.put("rq-workers-running", 1);
        return status;
    }
}
