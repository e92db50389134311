package org.netorch.netboxsim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** NetBox's choice sets (value to label) for the fields the simulator serves. */
final class Choices {

    static final Map<String, String> DEVICE_STATUS = choices(
            "offline", "Offline", "active", "Active", "planned", "Planned", "staged", "Staged", "failed", "Failed",
            "inventory", "Inventory", "decommissioning", "Decommissioning");
    static final Map<String, String> SITE_STATUS = choices(
            "planned", "Planned", "staging", "Staging", "active", "Active", "decommissioning", "Decommissioning",
            "retired", "Retired");
    static final Map<String, String> CABLE_STATUS = choices(
            "connected", "Connected", "planned", "Planned", "decommissioning", "Decommissioning");
    static final Map<String, String> PREFIX_STATUS = choices(
            "container", "Container", "active", "Active", "reserved", "Reserved", "deprecated", "Deprecated");
    static final Map<String, String> IP_STATUS = choices(
            "active", "Active", "reserved", "Reserved", "deprecated", "Deprecated", "dhcp", "DHCP", "slaac", "SLAAC");
    static final Map<String, String> IP_ROLE = choices(
            "loopback", "Loopback", "secondary", "Secondary", "anycast", "Anycast", "vip", "VIP", "vrrp", "VRRP",
            "hsrp", "HSRP", "glbp", "GLBP", "carp", "CARP");
    static final Map<String, String> INTERFACE_TYPE = choices(
            "virtual", "Virtual", "bridge", "Bridge", "lag", "Link Aggregation Group (LAG)",
            "100base-tx", "100BASE-TX (10/100ME)", "1000base-t", "1000BASE-T (1GE)",
            "2.5gbase-t", "2.5GBASE-T (2.5GE)", "10gbase-t", "10GBASE-T (10GE)",
            "1000base-x-sfp", "SFP (1GE)", "10gbase-x-sfpp", "SFP+ (10GE)", "25gbase-x-sfp28", "SFP28 (25GE)",
            "40gbase-x-qsfpp", "QSFP+ (40GE)", "100gbase-x-qsfp28", "QSFP28 (100GE)",
            "400gbase-x-qsfpdd", "QSFP-DD (400GE)", "ieee802.11ac", "IEEE 802.11ac", "ieee802.11ax", "IEEE 802.11ax",
            "lte", "LTE", "5g", "5G", "other-wireless", "Other (Wireless)", "other", "Other");
    static final Map<String, String> CABLE_LENGTH_UNIT = choices(
            "km", "Kilometers", "m", "Meters", "cm", "Centimeters", "mi", "Miles", "ft", "Feet", "in", "Inches");
    static final Map<String, String> FAMILY = choices("4", "IPv4", "6", "IPv6");
    static final Map<String, String> INTERFACE_MODE = choices(
            "access", "Access", "tagged", "Tagged", "tagged-all", "Tagged (All)", "q-in-q", "Q-in-Q (802.1ad)");
    static final Map<String, String> VLAN_STATUS = choices(
            "active", "Active", "reserved", "Reserved", "deprecated", "Deprecated");
    static final Map<String, String> L2VPN_STATUS = choices(
            "active", "Active", "planned", "Planned", "decommissioning", "Decommissioning");
    static final Map<String, String> L2VPN_TYPE = choices(
            "vpws", "VPWS", "vpls", "VPLS", "vxlan", "VXLAN", "vxlan-evpn", "VXLAN-EVPN", "mpls-evpn", "MPLS EVPN",
            "pbb-evpn", "PBB EVPN", "evpn-vpws", "EVPN VPWS", "epl", "EPL", "evpl", "EVPL",
            "ep-lan", "Ethernet Private LAN", "evp-lan", "Ethernet Virtual Private LAN",
            "ep-tree", "Ethernet Private Tree", "evp-tree", "Ethernet Virtual Private Tree", "spb", "SPB");
    /** L2VPN types that join two ends only. */
    static final Set<String> L2VPN_POINT_TO_POINT = Set.of("vpws", "epl", "ep-lan", "ep-tree");

    private Choices() {
    }

    static boolean isWireless(String interfaceType) {
        return interfaceType != null && (interfaceType.startsWith("ieee802.11") || interfaceType.equals("lte")
                || interfaceType.equals("5g") || interfaceType.equals("other-wireless"));
    }

    private static Map<String, String> choices(String... valuesAndLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < valuesAndLabels.length; i += 2) {
            map.put(valuesAndLabels[i], valuesAndLabels[i + 1]);
        }
        return Map.copyOf(map);
    }
}
