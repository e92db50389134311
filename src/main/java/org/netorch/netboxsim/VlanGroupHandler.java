package org.netorch.netboxsim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * VLAN groups with NetBox's rules for their VID ranges. Like NetBox, nothing keeps two groups without a scope from
 * sharing a name or slug (its uniqueness covers the scope, and NULL scopes never collide); the simulator keeps every
 * group global.
 */
class VlanGroupHandler extends ObjectHandler<VlanGroup> {

    VlanGroupHandler(SimulatorStore store) {
        super(Kind.VLAN_GROUP, store);
    }

    @Override
    Predicate<VlanGroup> filter(ListQuery query) {
        return query.<VlanGroup>numbers("id", group -> group.id)
                .and(query.exact("name", group -> group.name))
                .and(query.exact("slug", group -> group.slug))
                .and(query.exact("description", group -> group.description))
                .and(query.containsIgnoringCase("description__ic", group -> group.description))
                .and(query.any("contains_vid", (group, vid) -> vid.trim().matches("\\d{1,4}")
                        && group.allows(Integer.parseInt(vid.trim()))))
                .and(query.any("q", (group, text) -> ListQuery.mentions(group.name, text)
                        || ListQuery.mentions(group.description, text)));
    }

    @Override
    Comparator<VlanGroup> order() {
        return Comparator.comparing((VlanGroup group) -> group.name, NaturalOrder.INSTANCE)
                .thenComparingLong(group -> group.id);
    }

    @Override
    VlanGroup create(FieldReader fields) {
        VlanGroup group = new VlanGroup();
        group.name = fields.requiredText("name");
        group.slug = fields.requiredText("slug");
        apply(group, fields);
        return store.insert(kind, group);
    }

    @Override
    void update(VlanGroup group, FieldReader fields) {
        group.name = fields.text("name", group.name);
        group.slug = fields.text("slug", group.slug);
        apply(group, fields);
        store.update(kind, group);
    }

    private void apply(VlanGroup group, FieldReader fields) {
        group.description = fields.text("description", group.description);
        group.comments = fields.text("comments", group.comments);
        checkSlug(fields, group.slug);
        for (String scope : List.of("scope_type", "scope_id")) {
            JsonNode value = fields.raw(scope);
            if (value != null && !value.isNull()) {
                fields.error(scope, "The simulator keeps VLAN groups global: it supports no scope.");
            }
        }
        if (fields.has("vid_ranges")) {
            group.vidRanges = vidRanges(fields, group.vidRanges);
        }
        fields.check();
        String invalid = rangeError(group.vidRanges);
        if (invalid != null) {
            throw NetBoxApiError.field("vid_ranges", invalid);
        }
    }

    // the serializer's own checks: a list of [lower, upper] pairs of integers; an error list has one entry per item
    private static List<int[]> vidRanges(FieldReader fields, List<int[]> current) {
        JsonNode value = fields.raw("vid_ranges");
        if (!value.isArray()) {
            fields.error("vid_ranges", value.isNull() ? "This field may not be null."
                    : "Expected a list of items but got type \"" + FieldReader.pythonType(value) + "\".");
            return current;
        }
        List<int[]> ranges = new ArrayList<>();
        List<Map<String, List<String>>> itemErrors = new ArrayList<>();
        boolean failed = false;
        for (JsonNode range : value) {
            Map<String, List<String>> errors = new LinkedHashMap<>();
            if (!range.isArray() || range.size() != 2) {
                errors.put("non_field_errors", List.of("Ranges must be specified in the form (lower, upper)."));
            } else if (!range.get(0).isIntegralNumber() || !range.get(1).isIntegralNumber()) {
                errors.put("non_field_errors", List.of("Range boundaries must be defined as integers."));
            } else {
                ranges.add(new int[] {range.get(0).asInt(), range.get(1).asInt()});
            }
            failed |= !errors.isEmpty();
            itemErrors.add(errors);
        }
        if (failed) {
            throw new NetBoxApiError(400, Map.of("vid_ranges", itemErrors));
        }
        return ranges;
    }

    // the model's clean(): each range inside 1-4094, lower before upper, no two overlapping
    private static String rangeError(List<int[]> ranges) {
        for (int[] range : ranges) {
            if (range[0] < VlanGroup.VID_MIN) {
                return "Starting VLAN ID in range (" + range[0] + ") cannot be less than " + VlanGroup.VID_MIN;
            }
            if (range[1] > VlanGroup.VID_MAX) {
                return "Ending VLAN ID in range (" + range[1] + ") cannot exceed " + VlanGroup.VID_MAX;
            }
            if (range[0] > range[1]) {
                return "Ending VLAN ID in range must be greater than or equal to the starting VLAN ID ("
                        + range[0] + "-" + range[1] + ")";
            }
        }
        for (int i = 0; i < ranges.size(); i++) {
            for (int j = i + 1; j < ranges.size(); j++) {
                if (ranges.get(i)[0] <= ranges.get(j)[1] && ranges.get(j)[0] <= ranges.get(i)[1]) {
                    return "Ranges cannot overlap.";
                }
            }
        }
        return null;
    }

    /** NetBox protects a group's VLANs: a group that still has some cannot be deleted. */
    @Override
    void delete(VlanGroup group) {
        refuseWhileReferenced(store.<Vlan>all(Kind.VLAN).stream().filter(vlan -> Long.valueOf(group.id)
                .equals(vlan.groupId)).toList(), Vlan::display);
        super.delete(group);
    }
}
