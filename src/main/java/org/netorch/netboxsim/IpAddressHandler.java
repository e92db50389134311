package org.netorch.netboxsim;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** IP addresses in the global table: unique by host, optionally assigned to an interface. */
class IpAddressHandler extends ObjectHandler<IpAddress> {

    private static final Set<String> ROLES_THAT_MAY_REPEAT = Set.of("anycast", "vip", "vrrp", "hsrp", "glbp", "carp");

    private final InterfaceHandler interfaces;

    IpAddressHandler(SimulatorStore store, InterfaceHandler interfaces) {
        super(Kind.IP_ADDRESS, store);
        this.interfaces = interfaces;
    }

    @Override
    Predicate<IpAddress> filter(ListQuery query) {
        return query.<IpAddress>numbers("id", ip -> ip.id)
                .and(query.any("address", IpAddressHandler::matchesAddress))
                .and(query.numbers("interface_id", ip -> ip.interfaceId))
                .and(query.numbers("device_id", ip -> store.<Interface>find(Kind.INTERFACE, ip.interfaceId)
                        .map(iface -> iface.deviceId).orElse(null)))
                .and(query.choice("role", Choices.IP_ROLE, ip -> ip.role))
                .and(query.choice("status", Choices.IP_STATUS, ip -> ip.status))
                .and(query.any("parent", (ip, parent) -> IpNetwork.isValid(parent)
                        && IpNetwork.parse(parent).network().covers(ip.network().withLength(ip.network().maxLength()))))
                .and(query.exact("dns_name", ip -> ip.dnsName))
                .and(query.exact("description", ip -> ip.description))
                .and(query.containsIgnoringCase("description__ic", ip -> ip.description));
    }

    // "10.0.0.1/32" means that address with that mask, "10.0.0.1" that host with any mask
    private static boolean matchesAddress(IpAddress ip, String wanted) {
        if (!IpNetwork.isValid(wanted)) {
            return false;
        }
        IpNetwork query = IpNetwork.parse(wanted);
        IpNetwork actual = ip.network();
        return query.version() == actual.version() && query.address().equals(actual.address())
                && (!wanted.contains("/") || query.length() == actual.length());
    }

    @Override
    Comparator<IpAddress> order() {
        return Comparator.comparing(IpAddress::network).thenComparingLong(ip -> ip.id);
    }

    @Override
    IpAddress create(FieldReader fields) {
        IpAddress ip = new IpAddress();
        if (!fields.has("address")) {
            fields.error("address", FieldReader.REQUIRED);
        }
        apply(ip, fields);
        return store.insert(kind, ip);
    }

    @Override
    void update(IpAddress ip, FieldReader fields) {
        apply(ip, fields);
        store.update(kind, ip);
    }

    private void apply(IpAddress ip, FieldReader fields) {
        String address = fields.text("address", ip.address);
        if (address != null && !Objects.equals(address, ip.address)) {
            ip.address = normalized(fields, address);
        }
        ip.status = fields.choice("status", Choices.IP_STATUS, ip.status);
        ip.role = fields.optionalChoice("role", Choices.IP_ROLE, ip.role);
        ip.description = fields.text("description", ip.description);
        ip.comments = fields.text("comments", ip.comments);
        String dnsName = fields.text("dns_name", ip.dnsName);
        if (dnsName != null && !dnsName.isEmpty() && !dnsName.matches("([0-9A-Za-z_-]+|\\*)(\\.[0-9A-Za-z_-]+)*\\.?")) {
            fields.error("dns_name",
                    "Only alphanumeric characters, asterisks, hyphens, periods, and underscores are allowed in DNS names");
        }
        ip.dnsName = dnsName == null ? "" : dnsName.toLowerCase();
        ip.interfaceId = assignment(fields, ip.interfaceId);
        fields.check();
        checkAssignable(ip);
        checkUnique(ip);
    }

    private static String normalized(FieldReader fields, String address) {
        if (!address.contains("/") || !IpNetwork.isValid(address)) {
            fields.error("address", "Enter a valid IPv4 or IPv6 address with a mask.");
            return address;
        }
        IpNetwork network = IpNetwork.parse(address);
        if (network.length() == 0) {
            fields.error("address", "Cannot create IP address with /0 mask.");
        }
        return network.toString();
    }

    private Long assignment(FieldReader fields, Long current) {
        boolean typeGiven = fields.has("assigned_object_type");
        boolean idGiven = fields.has("assigned_object_id");
        if (!typeGiven && !idGiven) {
            return current;
        }
        String type = fields.text("assigned_object_type", null);
        Long id = fields.integer("assigned_object_id", null);
        if ((type == null || type.isEmpty()) && id == null) {
            return null;
        }
        if (!Kind.INTERFACE.objectType().equals(type)) {
            fields.error("assigned_object_type", "The simulator assigns IP addresses to dcim.interface only.");
            return current;
        }
        if (id == null || store.find(Kind.INTERFACE, id).isEmpty()) {
            fields.error("assigned_object_id", "Related object not found using the provided numeric ID: " + id);
            return current;
        }
        return id;
    }

    private void checkAssignable(IpAddress ip) {
        if (ip.interfaceId == null) {
            return;
        }
        IpNetwork address = ip.network();
        boolean pointToPoint = address.version() == 4 ? address.length() >= 31 : address.length() >= 127;
        if (!pointToPoint && address.address().equals(address.first())) {
            throw NetBoxApiError.nonField(address + " is a network ID, which may not be assigned to an interface.");
        }
        if (!pointToPoint && address.version() == 4 && address.address().equals(address.last())) {
            throw NetBoxApiError.nonField(address + " is a broadcast address, which may not be assigned to an interface.");
        }
    }

    private void checkUnique(IpAddress ip) {
        BigInteger host = ip.network().address();
        int version = ip.network().version();
        Optional<IpAddress> duplicate = store.<IpAddress>all(kind).stream()
                .filter(other -> other.id != ip.id)
                .filter(other -> other.network().version() == version && other.network().address().equals(host))
                .filter(other -> !mayRepeat(ip.role) || !mayRepeat(other.role))
                .findFirst();
        duplicate.ifPresent(other -> {
            throw NetBoxApiError.field("address", "Duplicate IP address found in global table: " + other.address);
        });
    }

    private static boolean mayRepeat(String role) {
        return role != null && ROLES_THAT_MAY_REPEAT.contains(role);
    }

    /** A device's primary IP is cleared (NetBox's SET_NULL), never a reason to refuse. */
    @Override
    void delete(IpAddress ip) {
        interfaces.clearPrimary(ip);
        super.delete(ip);
    }
}
