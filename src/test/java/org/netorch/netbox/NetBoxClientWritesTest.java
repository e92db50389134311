package org.netorch.netbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NetBoxClientWritesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final FakeNetBox netBox = FakeNetBox.start();
    private final NetBoxClient client = netBox.client("token");

    @Test
    void activatesADeviceWithAPatchOfItsStatusOnly() throws Exception {
        netBox.answer("PATCH", "/api/dcim/devices/3/", 200,
                "{\"id\": 3, \"name\": \"loc3-core\", \"status\": {\"value\": \"active\", \"label\": \"Active\"}}");

        Device device = client.updateDeviceStatus(3, "active");

        assertThat(device.hasStatus("active")).isTrue();
        assertThat(netBox.lastRequest().method()).isEqualTo("PATCH");
        assertThat(netBox.lastBody()).isEqualTo(JSON.readTree("{\"status\": \"active\"}"));
    }

    @Test
    void describesAPortWithAPatch() throws Exception {
        netBox.answer("PATCH", "/api/dcim/interfaces/101/", 200,
                "{\"id\": 101, \"name\": \"1/1/c1/1\", \"description\": \"Circuit Connection to loc2-core port 1/1/c2/1\"}");

        Interface iface = client.updateInterfaceDescription(101, "Circuit Connection to loc2-core port 1/1/c2/1");

        assertThat(iface.description()).isEqualTo("Circuit Connection to loc2-core port 1/1/c2/1");
        assertThat(netBox.lastBody()).isEqualTo(
                JSON.readTree("{\"description\": \"Circuit Connection to loc2-core port 1/1/c2/1\"}"));
    }

    @Test
    void createsAPlannedCableBetweenTwoInterfaces() throws Exception {
        netBox.answer("POST", "/api/dcim/cables/", 201, """
                {"id": 7, "display": "5f0c", "label": "5f0c", "description": "loc1 <--> loc2 [subscription 5f0c]",
                 "status": {"value": "planned", "label": "Planned"}, "type": null,
                 "a_terminations": [{"object_type": "dcim.interface", "object_id": 101, "object": {"id": 101}}],
                 "b_terminations": [{"object_type": "dcim.interface", "object_id": 202, "object": {"id": 202}}]}""");

        Cable cable = client.createCable(101, 202, "planned", "5f0c", "loc1 <--> loc2 [subscription 5f0c]");

        assertThat(netBox.lastBody()).isEqualTo(JSON.readTree("""
                {"a_terminations": [{"object_type": "dcim.interface", "object_id": 101}],
                 "b_terminations": [{"object_type": "dcim.interface", "object_id": 202}],
                 "status": "planned", "label": "5f0c", "description": "loc1 <--> loc2 [subscription 5f0c]"}"""));
        assertThat(cable.id()).isEqualTo(7);
        assertThat(cable.hasStatus("planned")).isTrue();
        assertThat(cable.joins(101, 202)).isTrue();
        assertThat(cable.joins(202, 101)).isTrue();
        assertThat(cable.joins(101, 303)).isFalse();
    }

    @Test
    void connectsACableWithAPatchOfItsStatus() throws Exception {
        netBox.answer("PATCH", "/api/dcim/cables/7/", 200,
                "{\"id\": 7, \"status\": {\"value\": \"connected\", \"label\": \"Connected\"}}");

        assertThat(client.updateCableStatus(7, "connected").hasStatus("connected")).isTrue();
        assertThat(netBox.lastBody()).isEqualTo(JSON.readTree("{\"status\": \"connected\"}"));
    }

    @Test
    void allocatesTheNextFreePrefixWithItsMarker() throws Exception {
        netBox.answer("POST", "/api/ipam/prefixes/3/available-prefixes/", 201, """
                {"id": 40, "prefix": "2001:db8:10::/64", "family": {"value": 6, "label": "IPv6"},
                 "status": {"value": "active", "label": "Active"}, "is_pool": true,
                 "description": "[subscription 5f0c]", "vrf": null}""");

        Prefix prefix = client.allocatePrefix(3, 64, "[subscription 5f0c]", true);

        assertThat(netBox.lastBody()).isEqualTo(JSON.readTree(
                "{\"prefix_length\": 64, \"description\": \"[subscription 5f0c]\", \"is_pool\": true}"));
        assertThat(netBox.lastBody().get("prefix_length").isInt()).isTrue();
        assertThat(prefix.prefix()).isEqualTo("2001:db8:10::/64");
        assertThat(prefix.family().isIpv6()).isTrue();
        assertThat(prefix.isPool()).isTrue();
    }

    @Test
    void allocatesAnAddressAssignedToTheInterface() throws Exception {
        netBox.answer("POST", "/api/ipam/prefixes/41/available-ips/", 201, """
                {"id": 90, "address": "2001:db8:10::/127", "family": {"value": 6, "label": "IPv6"},
                 "status": {"value": "active", "label": "Active"}, "role": null,
                 "assigned_object_type": "dcim.interface", "assigned_object_id": 101,
                 "description": "[subscription 5f0c]", "dns_name": ""}""");

        IpAddress ip = client.allocateIp(41, "[subscription 5f0c]", 101, "active");

        assertThat(netBox.lastBody()).isEqualTo(JSON.readTree("""
                {"description": "[subscription 5f0c]", "status": "active",
                 "assigned_object_type": "dcim.interface", "assigned_object_id": 101}"""));
        assertThat(ip.address()).isEqualTo("2001:db8:10::/127");
        assertThat(ip.assignedObjectId()).isEqualTo(101L);
        assertThat(ip.role()).isNull();
    }
}
