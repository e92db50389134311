package org.netorch.netbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

@JsonIgnoreProperties(ignoreUnknown = true)
record Page<T>(Integer count, String next, List<T> results) {

    Page {
        results = results == null ? List.of() : results;
    }
}
