package org.netorch.netboxsim;

import java.util.Comparator;
import java.util.function.Predicate;

class DeviceRoleHandler extends ObjectHandler<DeviceRole> {

    DeviceRoleHandler(SimulatorStore store) {
        super(Kind.DEVICE_ROLE, store);
    }

    @Override
    Predicate<DeviceRole> filter(ListQuery query) {
        return query.<DeviceRole>numbers("id", role -> role.id)
                .and(query.exact("name", role -> role.name))
                .and(query.exact("slug", role -> role.slug));
    }

    @Override
    Comparator<DeviceRole> order() {
        return Comparator.comparing((DeviceRole role) -> role.name, NaturalOrder.INSTANCE);
    }

    @Override
    DeviceRole create(FieldReader fields) {
        DeviceRole role = new DeviceRole();
        role.name = fields.requiredText("name");
        role.slug = fields.requiredText("slug");
        apply(role, fields);
        return store.insert(kind, role);
    }

    @Override
    void update(DeviceRole role, FieldReader fields) {
        role.name = fields.text("name", role.name);
        role.slug = fields.text("slug", role.slug);
        apply(role, fields);
        store.update(kind, role);
    }

    private void apply(DeviceRole role, FieldReader fields) {
        role.color = fields.text("color", role.color);
        role.description = fields.text("description", role.description);
        checkSlug(fields, role.slug);
        if (role.color != null && !role.color.matches("[0-9a-f]{6}")) {
            fields.error("color", "Enter a valid hexadecimal RGB color code.");
        }
        for (DeviceRole other : store.<DeviceRole>all(kind)) {
            if (other.id != role.id && other.name.equalsIgnoreCase(role.name)) {
                fields.error("name", "device role with this name already exists.");
            }
            if (other.id != role.id && other.slug.equals(role.slug)) {
                fields.error("slug", "device role with this slug already exists.");
            }
        }
        fields.check();
    }

    @Override
    void delete(DeviceRole role) {
        refuseWhileReferenced(store.<Device>all(Kind.DEVICE).stream().filter(d -> d.roleId == role.id).toList(),
                device -> device.name);
        super.delete(role);
    }
}
