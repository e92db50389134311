package org.netorch.netbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

@JsonIgnoreProperties(ignoreUnknown = true)
public record Cable(
        long id,
        String display,
        String label,
        String description,
        Choice status,
        @JsonProperty("a_terminations") List<CableTermination> aTerminations,
        @JsonProperty("b_terminations") List<CableTermination> bTerminations) {

    public Cable {
        label = Json.orEmpty(label);
        description = Json.orEmpty(description);
        aTerminations = aTerminations == null ? List.of() : List.copyOf(aTerminations);
        bTerminations = bTerminations == null ? List.of() : List.copyOf(bTerminations);
    }

    /** True when this cable runs between exactly these two interfaces, in either direction. */
    public boolean joins(long interfaceId, long otherInterfaceId) {
        return joinsInOrder(aTerminations, bTerminations, interfaceId, otherInterfaceId)
                || joinsInOrder(aTerminations, bTerminations, otherInterfaceId, interfaceId);
    }

    private static boolean joinsInOrder(List<CableTermination> a, List<CableTermination> b, long aId, long bId) {
        return a.size() == 1 && b.size() == 1 && a.get(0).isInterface(aId) && b.get(0).isInterface(bId);
    }

    public boolean hasStatus(String expected) {
        return status != null && status.is(expected);
    }
}
