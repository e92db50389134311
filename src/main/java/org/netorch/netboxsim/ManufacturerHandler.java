package org.netorch.netboxsim;

import java.util.Comparator;
import java.util.function.Predicate;

class ManufacturerHandler extends ObjectHandler<Manufacturer> {

    ManufacturerHandler(SimulatorStore store) {
        super(Kind.MANUFACTURER, store);
    }

    @Override
    Predicate<Manufacturer> filter(ListQuery query) {
        return query.<Manufacturer>numbers("id", manufacturer -> manufacturer.id)
                .and(query.exact("name", manufacturer -> manufacturer.name))
                .and(query.exact("slug", manufacturer -> manufacturer.slug));
    }

    @Override
    Comparator<Manufacturer> order() {
        return Comparator.comparing((Manufacturer manufacturer) -> manufacturer.name, NaturalOrder.INSTANCE);
    }

    @Override
    Manufacturer create(FieldReader fields) {
        Manufacturer manufacturer = new Manufacturer();
        manufacturer.name = fields.requiredText("name");
        manufacturer.slug = fields.requiredText("slug");
        apply(manufacturer, fields);
        return store.insert(kind, manufacturer);
    }

    @Override
    void update(Manufacturer manufacturer, FieldReader fields) {
        manufacturer.name = fields.text("name", manufacturer.name);
        manufacturer.slug = fields.text("slug", manufacturer.slug);
        apply(manufacturer, fields);
        store.update(kind, manufacturer);
    }

    private void apply(Manufacturer manufacturer, FieldReader fields) {
        manufacturer.description = fields.text("description", manufacturer.description);
        checkSlug(fields, manufacturer.slug);
        for (Manufacturer other : store.<Manufacturer>all(kind)) {
            if (other.id != manufacturer.id && other.name.equalsIgnoreCase(manufacturer.name)) {
                fields.error("name", "manufacturer with this name already exists.");
            }
            if (other.id != manufacturer.id && other.slug.equals(manufacturer.slug)) {
                fields.error("slug", "manufacturer with this slug already exists.");
            }
        }
        fields.check();
    }

    @Override
    void delete(Manufacturer manufacturer) {
        refuseWhileReferenced(store.<DeviceType>all(Kind.DEVICE_TYPE).stream()
                .filter(type -> type.manufacturerId == manufacturer.id).toList(), type -> type.model);
        super.delete(manufacturer);
    }
}
