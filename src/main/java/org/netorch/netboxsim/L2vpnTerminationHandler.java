package org.netorch.netboxsim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where L2VPNs end. As in NetBox, a VLAN or an interface ends at most one termination (of any L2VPN), and a
 * point-to-point L2VPN (VPWS, EPL, …) at most two. The simulator terminates on VLANs and interfaces only, and
 * refuses an assigned object that does not exist.
 */
class L2vpnTerminationHandler extends ObjectHandler<L2vpnTermination> {

    static final List<Kind> ASSIGNABLE = List.of(Kind.VLAN, Kind.INTERFACE);

    L2vpnTerminationHandler(SimulatorStore store) {
        super(Kind.L2VPN_TERMINATION, store);
    }

    @Override
    Predicate<L2vpnTermination> filter(ListQuery query) {
        return query.<L2vpnTermination>numbers("id", termination -> termination.id)
                .and(query.relatedId("l2vpn_id", Kind.L2VPN, termination -> termination.l2vpnId))
                .and(query.related("l2vpn", Kind.L2VPN, (L2vpn l2vpn) -> l2vpn.slug,
                        termination -> termination.l2vpnId))
                .and(query.exact("assigned_object_type", termination -> termination.assignedObjectType))
                .and(query.numbers("assigned_object_id", termination -> termination.assignedObjectId))
                .and(query.relatedId("vlan_id", Kind.VLAN, termination -> assignedId(termination, Kind.VLAN)))
                .and(query.relatedId("interface_id", Kind.INTERFACE,
                        termination -> assignedId(termination, Kind.INTERFACE)))
                .and(query.relatedId("device_id", Kind.DEVICE, termination -> store.<Interface>find(Kind.INTERFACE,
                        assignedId(termination, Kind.INTERFACE)).map(iface -> iface.deviceId).orElse(null)));
    }

    private static Long assignedId(L2vpnTermination termination, Kind kind) {
        return kind.objectType().equals(termination.assignedObjectType) ? termination.assignedObjectId : null;
    }

    @Override
    Comparator<L2vpnTermination> order() {
        return Comparator.comparing((L2vpnTermination termination) -> store.<L2vpn>find(Kind.L2VPN,
                        termination.l2vpnId).map(l2vpn -> l2vpn.name).orElse(""), NaturalOrder.INSTANCE)
                .thenComparingLong(termination -> termination.id);
    }

    @Override
    L2vpnTermination create(FieldReader fields) {
        L2vpnTermination termination = new L2vpnTermination();
        termination.l2vpnId = fields.requiredReference("l2vpn", Kind.L2VPN);
        for (String required : List.of("assigned_object_type", "assigned_object_id")) {
            if (!fields.has(required) || fields.raw(required).isNull()) {
                fields.error(required, FieldReader.REQUIRED);
            }
        }
        apply(termination, fields);
        return store.insert(kind, termination);
    }

    @Override
    void update(L2vpnTermination termination, FieldReader fields) {
        if (fields.has("l2vpn")) {
            Long l2vpn = fields.reference("l2vpn", Kind.L2VPN, termination.l2vpnId);
            if (l2vpn == null) {
                fields.error("l2vpn", "This field may not be null.");
            } else {
                termination.l2vpnId = l2vpn;
            }
        }
        apply(termination, fields);
        store.update(kind, termination);
    }

    private void apply(L2vpnTermination termination, FieldReader fields) {
        if (fields.has("assigned_object_type") && !fields.raw("assigned_object_type").isNull()) {
            termination.assignedObjectType = objectType(fields, fields.raw("assigned_object_type"),
                    termination.assignedObjectType);
        }
        if (fields.has("assigned_object_id") && !fields.raw("assigned_object_id").isNull()) {
            Long id = fields.integer("assigned_object_id", termination.assignedObjectId);
            if (id != null && id < 0) {
                fields.error("assigned_object_id", "Ensure this value is greater than or equal to 0.");
            } else if (id != null) {
                termination.assignedObjectId = id;
            }
        }
        fields.check();
        Kind assigned = kindOf(termination.assignedObjectType).orElseThrow();
        if (store.find(assigned, termination.assignedObjectId).isEmpty()) {
            throw NetBoxApiError.field("assigned_object_id",
                    "Related object not found using the provided numeric ID: " + termination.assignedObjectId);
        }
        checkModelRules(termination);
    }

    // an app_label.model name NetBox knows, and one of the two kinds the simulator terminates on
    private static String objectType(FieldReader fields, JsonNode value, String current) {
        String type = value.asText();
        if (!value.isTextual() || type.split("\\.", -1).length != 2) {
            fields.error("assigned_object_type", "Invalid value. Specify a content type as '<app_label>.<model_name>'.");
            return current;
        }
        if (kindOf(type).isEmpty()) {
            fields.error("assigned_object_type", "The simulator terminates L2VPNs on "
                    + Kind.INTERFACE.objectType() + " and " + Kind.VLAN.objectType() + " only, not on " + type + ".");
            return current;
        }
        return type;
    }

    static Optional<Kind> kindOf(String objectType) {
        return ASSIGNABLE.stream().filter(kind -> kind.objectType().equals(objectType)).findFirst();
    }

    // the model's clean() (first failure only) and then its unique constraint on the assigned object
    private void checkModelRules(L2vpnTermination termination) {
        List<String> errors = new ArrayList<>();
        List<L2vpnTermination> others = store.<L2vpnTermination>all(kind).stream()
                .filter(other -> other.id != termination.id).toList();
        boolean taken = others.stream().anyMatch(other -> other.assignedObjectType.equals(
                termination.assignedObjectType) && other.assignedObjectId == termination.assignedObjectId);
        L2vpn l2vpn = store.get(Kind.L2VPN, termination.l2vpnId);
        long siblings = others.stream().filter(other -> other.l2vpnId == termination.l2vpnId).count();
        if (taken) {
            errors.add("L2VPN Termination already assigned (" + assignedDisplay(store, termination) + ")");
        } else if (Choices.L2VPN_POINT_TO_POINT.contains(l2vpn.type) && siblings >= 2) {
            errors.add(Choices.L2VPN_TYPE.get(l2vpn.type) + " L2VPNs cannot have more than two terminations; found "
                    + siblings + " already defined.");
        }
        if (taken) {
            errors.add("L2VPN termination with this Assigned object type and Assigned object id already exists.");
        }
        if (!errors.isEmpty()) {
            throw new NetBoxApiError(400, Map.of("__all__", errors));
        }
    }

    /** How NetBox names what a termination is assigned to: a VLAN as {@code name (vid)}, an interface by name. */
    static String assignedDisplay(SimulatorStore store, L2vpnTermination termination) {
        Kind kind = kindOf(termination.assignedObjectType).orElse(null);
        if (kind == Kind.VLAN) {
            return store.<Vlan>find(kind, termination.assignedObjectId).map(Vlan::display).orElse("");
        }
        if (kind == Kind.INTERFACE) {
            return store.<Interface>find(kind, termination.assignedObjectId).map(Interface::display).orElse("");
        }
        return "";
    }

    /** The assigned object goes, its termination goes with it (a generic relation cascades). */
    static void deleteTerminationsOn(SimulatorStore store, Kind kind, long id) {
        store.<L2vpnTermination>all(Kind.L2VPN_TERMINATION).stream()
                .filter(termination -> termination.isOn(kind, id))
                .toList()
                .forEach(termination -> store.delete(Kind.L2VPN_TERMINATION, termination.id));
    }
}
