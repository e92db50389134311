package org.netorch.netboxsim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** Cables between interfaces, with NetBox's termination rules and the cable fields they set on both interfaces. */
class CableHandler extends ObjectHandler<Cable> {

    CableHandler(SimulatorStore store) {
        super(Kind.CABLE, store);
    }

    @Override
    Predicate<Cable> filter(ListQuery query) {
        return query.<Cable>numbers("id", cable -> cable.id)
                .and(query.choice("status", Choices.CABLE_STATUS, cable -> cable.status))
                .and(query.exact("label", cable -> cable.label))
                .and(query.any("interface_id", (cable, value) -> cable.allInterfaceIds().stream()
                        .anyMatch(id -> String.valueOf(id).equals(value.trim()))))
                .and(query.any("device_id", (cable, value) -> cable.allInterfaceIds().stream()
                        .map(id -> store.<Interface>find(Kind.INTERFACE, id))
                        .anyMatch(iface -> iface.isPresent()
                                && String.valueOf(iface.get().deviceId).equals(value.trim()))));
    }

    @Override
    Comparator<Cable> order() {
        return Comparator.comparingLong(cable -> cable.id);
    }

    @Override
    Cable create(FieldReader fields) {
        Cable cable = new Cable();
        cable.aInterfaceIds = terminations(fields, "a_terminations");
        cable.bInterfaceIds = terminations(fields, "b_terminations");
        apply(cable, fields);
        fields.check();
        if (cable.aInterfaceIds.isEmpty() || cable.bInterfaceIds.isEmpty()) {
            throw NetBoxApiError.nonField("Must define A and B terminations when creating a new cable.");
        }
        if (cable.aInterfaceIds.stream().anyMatch(cable.bInterfaceIds::contains)) {
            throw NetBoxApiError.nonField("A and B terminations cannot connect to the same object.");
        }
        for (Long interfaceId : cable.allInterfaceIds()) {
            checkTerminable(store.get(Kind.INTERFACE, interfaceId));
        }
        store.insert(kind, cable);
        attach(cable.aInterfaceIds, cable, "A");
        attach(cable.bInterfaceIds, cable, "B");
        return cable;
    }

    private void checkTerminable(Interface iface) {
        if (iface.cableId != null) {
            throw NetBoxApiError.nonField("Duplicate termination found for " + Kind.INTERFACE.objectType() + " "
                    + iface.id + ": cable " + iface.cableId);
        }
        if (iface.isVirtual()) {
            throw NetBoxApiError.nonField("Cables cannot be terminated to "
                    + Choices.INTERFACE_TYPE.getOrDefault(iface.type, iface.type) + " interfaces");
        }
        if (iface.markConnected) {
            String device = store.<Device>find(Kind.DEVICE, iface.deviceId).map(d -> d.name).orElse("");
            throw NetBoxApiError.nonField("Cannot connect a cable to " + device + " > " + iface.name
                    + " because it is marked as connected.");
        }
    }

    private void attach(List<Long> interfaceIds, Cable cable, String end) {
        for (Long interfaceId : interfaceIds) {
            Interface iface = store.get(Kind.INTERFACE, interfaceId);
            iface.cableId = cable.id;
            iface.cableEnd = end;
            store.update(Kind.INTERFACE, iface);
        }
    }

    private List<Long> terminations(FieldReader fields, String name) {
        List<Long> ids = new ArrayList<>();
        JsonNode list = fields.raw(name);
        if (list == null || list.isNull()) {
            return ids;
        }
        if (!list.isArray()) {
            fields.error(name, "Expected a list of items but got type \"" + list.getNodeType().name().toLowerCase()
                    + "\".");
            return ids;
        }
        for (JsonNode termination : list) {
            String type = termination.path("object_type").asText();
            JsonNode objectId = termination.path("object_id");
            if (!Kind.INTERFACE.objectType().equals(type)) {
                fields.error(name, "The simulator terminates cables on dcim.interface only, not on \"" + type + "\".");
            } else if (!objectId.canConvertToLong() || store.find(Kind.INTERFACE, objectId.asLong()).isEmpty()) {
                fields.error(name, "Related object not found using the provided numeric ID: " + objectId.asText());
            } else {
                ids.add(objectId.asLong());
            }
        }
        return ids;
    }

    @Override
    void update(Cable cable, FieldReader fields) {
        if (fields.has("a_terminations") || fields.has("b_terminations")) {
            fields.error("__all__", "Re-terminating a cable is not supported by the simulator; delete and recreate it.");
        }
        apply(cable, fields);
        fields.check();
        store.update(kind, cable);
    }

    private void apply(Cable cable, FieldReader fields) {
        cable.status = fields.choice("status", Choices.CABLE_STATUS, cable.status);
        cable.label = fields.text("label", cable.label);
        cable.description = fields.text("description", cable.description);
        cable.color = fields.text("color", cable.color);
        cable.comments = fields.text("comments", cable.comments);
        if (fields.has("type")) {
            String type = fields.text("type", cable.type);
            cable.type = type == null || type.isEmpty() ? null : type;
        }
        cable.length = fields.decimal("length", cable.length);
        cable.lengthUnit = fields.optionalChoice("length_unit", Choices.CABLE_LENGTH_UNIT, cable.lengthUnit);
        if (cable.length != null && cable.lengthUnit == null) {
            fields.error("__all__", "Must specify a unit when setting a cable length");
        }
    }

    /** Both interfaces become free again. */
    @Override
    void delete(Cable cable) {
        for (Long interfaceId : cable.allInterfaceIds()) {
            store.<Interface>find(Kind.INTERFACE, interfaceId).ifPresent(iface -> {
                iface.cableId = null;
                iface.cableEnd = null;
                store.update(Kind.INTERFACE, iface);
            });
        }
        super.delete(cable);
    }
}
