package org.netorch.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A resource one live subscription holds, whatever its product: a NetBox device, an interface, later a VLAN on an
 * interface. The table's key is (kind, resource key), and a claim is removed when its subscription is TERMINATED, so
 * the database keeps each resource to one live subscription across all products. {@code recordedAs} is the audit
 * field its taking and its release are recorded under.
 */
@Embeddable
public record ResourceClaim(
        @Column(name = "kind") String kind,
        @Column(name = "resource_key") String resourceKey,
        @Column(name = "recorded_as") String recordedAs) {

    public static final String DEVICE = "device";
    public static final String INTERFACE = "interface";
}
