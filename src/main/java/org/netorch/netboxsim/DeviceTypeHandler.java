package org.netorch.netboxsim;

import java.util.Comparator;
import java.util.function.Predicate;

class DeviceTypeHandler extends ObjectHandler<DeviceType> {

    DeviceTypeHandler(SimulatorStore store) {
        super(Kind.DEVICE_TYPE, store);
    }

    @Override
    Predicate<DeviceType> filter(ListQuery query) {
        return query.<DeviceType>numbers("id", type -> type.id)
                .and(query.exact("model", type -> type.model))
                .and(query.exact("slug", type -> type.slug))
                .and(query.related("manufacturer", Kind.MANUFACTURER,
                        (Manufacturer manufacturer) -> manufacturer.slug, type -> type.manufacturerId))
                .and(query.relatedId("manufacturer_id", Kind.MANUFACTURER, type -> type.manufacturerId));
    }

    @Override
    Comparator<DeviceType> order() {
        return Comparator.comparing((DeviceType type) -> type.model, NaturalOrder.INSTANCE);
    }

    @Override
    DeviceType create(FieldReader fields) {
        DeviceType type = new DeviceType();
        type.manufacturerId = fields.requiredReference("manufacturer", Kind.MANUFACTURER);
        type.model = fields.requiredText("model");
        type.slug = fields.requiredText("slug");
        apply(type, fields);
        return store.insert(kind, type);
    }

    @Override
    void update(DeviceType type, FieldReader fields) {
        Long manufacturer = fields.reference("manufacturer", Kind.MANUFACTURER, type.manufacturerId);
        if (manufacturer == null) {
            fields.error("manufacturer", "This field may not be null.");
        } else {
            type.manufacturerId = manufacturer;
        }
        type.model = fields.text("model", type.model);
        type.slug = fields.text("slug", type.slug);
        apply(type, fields);
        store.update(kind, type);
    }

    private void apply(DeviceType type, FieldReader fields) {
        Double height = fields.decimal("u_height", type.uHeight);
        type.uHeight = height == null ? 1.0 : height;
        type.description = fields.text("description", type.description);
        type.comments = fields.text("comments", type.comments);
        checkSlug(fields, type.slug);
        for (DeviceType other : store.<DeviceType>all(kind)) {
            boolean sameManufacturer = other.id != type.id && other.manufacturerId == type.manufacturerId;
            if (sameManufacturer && other.model.equalsIgnoreCase(type.model)) {
                fields.error("__all__", "Device type with this Manufacturer and Model already exists.");
            }
            if (sameManufacturer && other.slug.equals(type.slug)) {
                fields.error("__all__", "Device type with this Manufacturer and Slug already exists.");
            }
        }
        fields.check();
    }

    @Override
    void delete(DeviceType type) {
        refuseWhileReferenced(store.<Device>all(Kind.DEVICE).stream().filter(d -> d.deviceTypeId == type.id).toList(),
                device -> device.name);
        super.delete(type);
    }
}
