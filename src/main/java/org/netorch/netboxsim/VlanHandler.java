package org.netorch.netboxsim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/** VLANs: a VID unique within its group and inside the group's ranges, as NetBox's model enforces. */
class VlanHandler extends ObjectHandler<Vlan> {

    private static final int MAX_NAME = 64;

    VlanHandler(SimulatorStore store) {
        super(Kind.VLAN, store);
    }

    @Override
    Predicate<Vlan> filter(ListQuery query) {
        return query.<Vlan>numbers("id", vlan -> vlan.id)
                .and(query.numbers("vid", vlan -> (long) vlan.vid))
                .and(query.exact("name", vlan -> vlan.name))
                .and(query.exact("description", vlan -> vlan.description))
                .and(query.containsIgnoringCase("description__ic", vlan -> vlan.description))
                .and(query.relatedId("group_id", Kind.VLAN_GROUP, vlan -> vlan.groupId))
                .and(query.related("group", Kind.VLAN_GROUP, (VlanGroup group) -> group.slug, vlan -> vlan.groupId))
                .and(query.relatedId("site_id", Kind.SITE, vlan -> vlan.siteId))
                .and(query.related("site", Kind.SITE, (Site site) -> site.slug, vlan -> vlan.siteId))
                .and(query.choice("status", Choices.VLAN_STATUS, vlan -> vlan.status))
                .and(query.singleRelatedId("interface_id", Kind.INTERFACE, (vlan, interfaceId) ->
                        store.<Interface>find(Kind.INTERFACE, interfaceId).map(iface ->
                                Objects.equals(iface.untaggedVlanId, vlan.id)
                                        || iface.taggedVlanIds.contains(Long.valueOf(vlan.id))).orElse(false)))
                .and(query.relatedId("l2vpn_id", Kind.L2VPN, vlan -> terminatedOn(vlan)))
                .and(query.any("q", (vlan, text) -> ListQuery.mentions(vlan.name, text)
                        || ListQuery.mentions(vlan.description, text)
                        || text.trim().equals(String.valueOf(vlan.vid))));
    }

    private Long terminatedOn(Vlan vlan) {
        return store.<L2vpnTermination>all(Kind.L2VPN_TERMINATION).stream()
                .filter(termination -> termination.isOn(Kind.VLAN, vlan.id))
                .map(termination -> termination.l2vpnId).findFirst().orElse(null);
    }

    @Override
    Comparator<Vlan> order() {
        return order(store);
    }

    /** NetBox's order: by site, then group (each by name, none last), then VID. */
    static Comparator<Vlan> order(SimulatorStore store) {
        return Comparator.comparing((Vlan vlan) -> store.<Site>find(Kind.SITE, vlan.siteId)
                        .map(site -> site.name).orElse(null), Comparator.nullsLast(NaturalOrder.INSTANCE))
                .thenComparing(vlan -> store.<VlanGroup>find(Kind.VLAN_GROUP, vlan.groupId)
                        .map(group -> group.name).orElse(null), Comparator.nullsLast(NaturalOrder.INSTANCE))
                .thenComparingInt(vlan -> vlan.vid)
                .thenComparingLong(vlan -> vlan.id);
    }

    @Override
    Vlan create(FieldReader fields) {
        Vlan vlan = new Vlan();
        if (!fields.has("vid")) {
            fields.error("vid", FieldReader.REQUIRED);
        }
        vlan.name = fields.requiredText("name");
        apply(vlan, fields);
        return store.insert(kind, vlan);
    }

    @Override
    void update(Vlan vlan, FieldReader fields) {
        vlan.name = fields.text("name", vlan.name);
        apply(vlan, fields);
        store.update(kind, vlan);
    }

    private void apply(Vlan vlan, FieldReader fields) {
        if (fields.has("vid")) {
            Long vid = fields.integer("vid", (long) vlan.vid);
            if (vid == null) {
                fields.error("vid", "This field may not be null.");
            } else if (vid < VlanGroup.VID_MIN) {
                fields.error("vid", "Ensure this value is greater than or equal to " + VlanGroup.VID_MIN + ".");
            } else if (vid > VlanGroup.VID_MAX) {
                fields.error("vid", "Ensure this value is less than or equal to " + VlanGroup.VID_MAX + ".");
            } else {
                vlan.vid = vid.intValue();
            }
        }
        if (vlan.name != null && vlan.name.length() > MAX_NAME) {
            fields.error("name", "Ensure this field has no more than " + MAX_NAME + " characters.");
        }
        vlan.groupId = fields.reference("group", Kind.VLAN_GROUP, vlan.groupId);
        vlan.siteId = fields.reference("site", Kind.SITE, vlan.siteId);
        vlan.status = fields.choice("status", Choices.VLAN_STATUS, vlan.status);
        vlan.description = fields.text("description", vlan.description);
        vlan.comments = fields.text("comments", vlan.comments);
        fields.check();
        VlanGroup group = store.<VlanGroup>find(Kind.VLAN_GROUP, vlan.groupId).orElse(null);
        if (group != null && !group.allows(vlan.vid)) {
            throw NetBoxApiError.field("vid", "VID must be in ranges " + group.rangesText() + " for VLANs in group "
                    + group.name);
        }
        checkUnique(vlan);
    }

    // the (group, vid) and (group, name) constraints; VLANs without a group are never compared (NULLs differ)
    private void checkUnique(Vlan vlan) {
        if (vlan.groupId == null) {
            return;
        }
        List<String> errors = new ArrayList<>();
        List<Vlan> sameGroup = store.<Vlan>all(kind).stream()
                .filter(other -> other.id != vlan.id && vlan.groupId.equals(other.groupId)).toList();
        if (sameGroup.stream().anyMatch(other -> other.vid == vlan.vid)) {
            errors.add("VLAN with this Group and VLAN ID already exists.");
        }
        if (sameGroup.stream().anyMatch(other -> other.name.equals(vlan.name))) {
            errors.add("VLAN with this Group and Name already exists.");
        }
        if (!errors.isEmpty()) {
            throw new NetBoxApiError(400, Map.of("__all__", errors));
        }
    }

    /** Interfaces drop it (untagged: SET_NULL, tagged: the M2M row), and its L2VPN termination goes with it. */
    @Override
    void delete(Vlan vlan) {
        for (Interface iface : store.<Interface>all(Kind.INTERFACE)) {
            boolean untagged = Objects.equals(iface.untaggedVlanId, vlan.id);
            boolean tagged = iface.taggedVlanIds.contains(Long.valueOf(vlan.id));
            if (untagged) {
                iface.untaggedVlanId = null;
            }
            if (tagged) {
                iface.taggedVlanIds.remove(Long.valueOf(vlan.id));
            }
            if (untagged || tagged) {
                store.update(Kind.INTERFACE, iface);
            }
        }
        L2vpnTerminationHandler.deleteTerminationsOn(store, Kind.VLAN, vlan.id);
        super.delete(vlan);
    }
}
