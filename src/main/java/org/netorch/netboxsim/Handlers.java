package org.netorch.netboxsim;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** One handler per kind, wired to one store. */
final class Handlers {

    private final Map<Kind, ObjectHandler<?>> byKind = new EnumMap<>(Kind.class);
    final InterfaceHandler interfaces;
    final IpAddressHandler ipAddresses;
    final PrefixHandler prefixes;
    final VlanGroupHandler vlanGroups;
    final VlanHandler vlans;

    Handlers(SimulatorStore store) {
        interfaces = new InterfaceHandler(store);
        ipAddresses = new IpAddressHandler(store, interfaces);
        prefixes = new PrefixHandler(store);
        vlanGroups = new VlanGroupHandler(store);
        vlans = new VlanHandler(store);
        for (ObjectHandler<?> handler : new ObjectHandler<?>[] {new SiteHandler(store),
                new ManufacturerHandler(store), new DeviceTypeHandler(store), new DeviceRoleHandler(store),
                new DeviceHandler(store, interfaces), interfaces, new CableHandler(store), ipAddresses, prefixes,
                vlanGroups, vlans, new L2vpnHandler(store), new L2vpnTerminationHandler(store)}) {
            byKind.put(handler.kind, handler);
        }
    }

    @SuppressWarnings("unchecked")
    <T extends SimObject> ObjectHandler<T> of(Kind kind) {
        return (ObjectHandler<T>) byKind.get(kind);
    }

    static Optional<Kind> kindAt(String app, String path) {
        for (Kind kind : Kind.values()) {
            if (kind.app.equals(app) && kind.path.equals(path)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
