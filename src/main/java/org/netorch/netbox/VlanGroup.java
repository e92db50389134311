package org.netorch.netbox;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A VLAN group and the VIDs its VLANs may take. NetBox 4.1+ lists them as {@code vid_ranges}; older versions gave
 * one {@code min_vid}/{@code max_vid} pair, read as a single range. {@code vlanCount} is null where NetBox omits it
 * (nested groups).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VlanGroup(long id, String name, String slug, List<VidRange> vidRanges, String description,
        Long vlanCount) {

    public VlanGroup {
        vidRanges = vidRanges == null ? List.of() : List.copyOf(vidRanges);
        description = Json.orEmpty(description);
    }

    @JsonCreator
    static VlanGroup read(@JsonProperty("id") long id, @JsonProperty("name") String name,
            @JsonProperty("slug") String slug, @JsonProperty("vid_ranges") List<VidRange> vidRanges,
            @JsonProperty("min_vid") Integer minVid, @JsonProperty("max_vid") Integer maxVid,
            @JsonProperty("description") String description, @JsonProperty("vlan_count") Long vlanCount) {
        List<VidRange> ranges = vidRanges == null && minVid != null && maxVid != null
                ? List.of(new VidRange(minVid, maxVid)) : vidRanges;
        return new VlanGroup(id, name, slug, ranges, description, vlanCount);
    }

    public boolean allows(int vid) {
        return vidRanges.stream().anyMatch(range -> range.contains(vid));
    }
}
