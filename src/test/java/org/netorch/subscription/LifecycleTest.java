package org.netorch.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.netorch.subscription.Fixtures.CLOCK;
import static org.netorch.subscription.Fixtures.SYSTEM;
import static org.netorch.subscription.SubscriptionStatus.ACTIVE;
import static org.netorch.subscription.SubscriptionStatus.INITIAL;
import static org.netorch.subscription.SubscriptionStatus.PROVISIONING;
import static org.netorch.subscription.SubscriptionStatus.TERMINATED;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LifecycleTest {

    static Stream<Arguments> allowedTransitions() {
        return Stream.of(
                Arguments.of(INITIAL, PROVISIONING),
                Arguments.of(PROVISIONING, ACTIVE),
                Arguments.of(ACTIVE, PROVISIONING),
                Arguments.of(INITIAL, TERMINATED),
                Arguments.of(PROVISIONING, TERMINATED),
                Arguments.of(ACTIVE, TERMINATED));
    }

    static Stream<Arguments> forbiddenTransitions() {
        return Stream.of(
                Arguments.of(INITIAL, INITIAL),
                Arguments.of(INITIAL, ACTIVE),
                Arguments.of(PROVISIONING, INITIAL),
                Arguments.of(PROVISIONING, PROVISIONING),
                Arguments.of(ACTIVE, INITIAL),
                Arguments.of(ACTIVE, ACTIVE),
                Arguments.of(TERMINATED, INITIAL),
                Arguments.of(TERMINATED, PROVISIONING),
                Arguments.of(TERMINATED, ACTIVE),
                Arguments.of(TERMINATED, TERMINATED));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allowedTransitions")
    void movesANodeAlongAnAllowedTransition(SubscriptionStatus from, SubscriptionStatus to) {
        Subscription node = completeNodeIn(from);

        node.transitionTo(to, SYSTEM, CLOCK);

        assertThat(node.status()).isEqualTo(to);
        assertThat(lastStatusEvent(node).oldValue()).isEqualTo(from.name());
        assertThat(lastStatusEvent(node).newValue()).isEqualTo(to.name());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allowedTransitions")
    void movesACircuitAlongAnAllowedTransition(SubscriptionStatus from, SubscriptionStatus to) {
        Subscription circuit = completeCircuitIn(from);

        circuit.transitionTo(to, SYSTEM, CLOCK);

        assertThat(circuit.status()).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("forbiddenTransitions")
    void refusesAForbiddenTransitionAndChangesNothing(SubscriptionStatus from, SubscriptionStatus to) {
        Subscription node = completeNodeIn(from);
        int eventsBefore = node.events().size();

        assertThatThrownBy(() -> node.transitionTo(to, SYSTEM, CLOCK))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("cannot move subscription " + node.id() + " from " + from + " to " + to);

        assertThat(node.status()).isEqualTo(from);
        assertThat(node.events()).hasSize(eventsBefore);
        assertThat(Lifecycle.allows(from, to)).isFalse();
    }

    @Test
    void aNodeWithoutItsBlockCannotBeProvisioned() {
        Subscription node = Fixtures.newSubscription(Fixtures.nodeProduct());

        assertMissing(node, PROVISIONING, "node");
    }

    @Test
    void aCircuitWithoutItsBlockCannotBeProvisioned() {
        Subscription circuit = Fixtures.newSubscription(Fixtures.circuitProduct());

        assertMissing(circuit, PROVISIONING, "circuit");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"node.node_name", "node.node_status", "node.ipv4_loopback", "node.ipv6_loopback"})
    void provisioningANodeNeedsEveryNodeField(String field) {
        assertMissing(nodeWithout(field), PROVISIONING, field);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"node.node_status", "node.ipv4_loopback", "node.ipv6_loopback"})
    void activatingANodeNeedsEveryNodeField(String field) {
        Subscription node = completeNodeIn(PROVISIONING);
        node.update(without(node.block(NodeBlock.class).orElseThrow(), NodeBlock.NAME, field), SYSTEM);

        assertMissing(node, ACTIVE, field);
    }

    static List<String> circuitProvisioningFields() {
        return List.of("circuit.circuit_status", "circuit.circuit_description", "circuit.under_maintenance",
                "circuit.endpoint_a.port_id", "circuit.endpoint_a.port_name", "circuit.endpoint_a.port_description",
                "circuit.endpoint_a.v6_ip_address", "circuit.endpoint_a.node_subscription_id",
                "circuit.endpoint_b.port_id", "circuit.endpoint_b.port_name", "circuit.endpoint_b.port_description",
                "circuit.endpoint_b.v6_ip_address", "circuit.endpoint_b.node_subscription_id");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("circuitProvisioningFields")
    void provisioningACircuitNeedsEveryFieldButTheCableId(String field) {
        assertMissing(circuitWithout(field), PROVISIONING, field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("circuitProvisioningFields")
    void activeRequiresEveryProvisioningFieldToo(String field) {
        Subscription circuit = circuitWithout(field);
        circuit.update(circuit.block(CircuitBlock.class).orElseThrow().withCircuitId(500), SYSTEM);

        assertThat(Lifecycle.missingField(circuit, ACTIVE)).contains(field);
        assertThat(Lifecycle.missingField(circuitWithout("nothing"), ACTIVE)).contains(CircuitBlock.CIRCUIT_ID);
    }

    @Test
    void aCircuitIsProvisionedBeforeItsCableExistsButNotActivated() {
        Subscription circuit = circuitWithout("nothing");

        circuit.transitionTo(PROVISIONING, SYSTEM, CLOCK);

        assertMissing(circuit, ACTIVE, "circuit.circuit_id");
    }

    @Test
    void terminationNeedsNoFields() {
        Subscription node = Fixtures.newSubscription(Fixtures.nodeProduct());

        node.transitionTo(TERMINATED, SYSTEM, CLOCK);

        assertThat(node.status()).isEqualTo(TERMINATED);
    }

    private static void assertMissing(Subscription subscription, SubscriptionStatus target, String field) {
        SubscriptionStatus before = subscription.status();
        assertThatThrownBy(() -> subscription.transitionTo(target, SYSTEM, CLOCK))
                .isInstanceOfSatisfying(MissingFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.target()).isEqualTo(target);
                })
                .hasMessage(field + " is required for " + target);
        assertThat(subscription.status()).isEqualTo(before);
    }

    private static Subscription nodeWithout(String field) {
        Subscription node = Fixtures.newSubscription(Fixtures.nodeProduct());
        NodeBlock complete = NodeBlock.of(7, "loc1-core", "planned").withLoopbacks("10.0.0.7/32", "2001:db8::7/128");
        node.update(without(complete, NodeBlock.NAME, field), SYSTEM);
        return node;
    }

    private static Subscription circuitWithout(String field) {
        Subscription circuit = Fixtures.newSubscription(Fixtures.circuitProduct());
        CircuitBlock complete = CircuitBlock.planned(
                new PlannedEndpoint(UUID.randomUUID(), "loc1-core", 10, "1/1/c1/1"),
                new PlannedEndpoint(UUID.randomUUID(), "loc2-core", 11, "1/1/c1/1"));
        for (Side side : Side.values()) {
            complete = complete.withEndpoint(side, complete.endpoint(side)
                    .withAddress("2001:db8:10::" + side.ordinal() + "/127", null));
        }
        circuit.update(without(complete, CircuitBlock.NAME, field), SYSTEM);
        return circuit;
    }

    /** The block with one field emptied; a name the block does not have leaves it whole. */
    private static <B extends Record> B without(B block, String blockName, String field) {
        return field.startsWith(blockName + ".")
                ? BlockDocuments.with(block, blockName, field, null, ProductDeclaration.FieldType.TEXT) : block;
    }

    private static Subscription completeNodeIn(SubscriptionStatus status) {
        Subscription node = Fixtures.completeNode(Fixtures.nodeProduct(), 7, "loc1-core");
        driveTo(node, status);
        return node;
    }

    private static Subscription completeCircuitIn(SubscriptionStatus status) {
        Subscription circuit = circuitWithout("nothing");
        circuit.update(circuit.block(CircuitBlock.class).orElseThrow().withCircuitId(500), SYSTEM);
        driveTo(circuit, status);
        return circuit;
    }

    private static void driveTo(Subscription subscription, SubscriptionStatus status) {
        List<SubscriptionStatus> path = switch (status) {
            case INITIAL -> List.of();
            case PROVISIONING -> List.of(PROVISIONING);
            case ACTIVE -> List.of(PROVISIONING, ACTIVE);
            case TERMINATED -> List.of(TERMINATED);
        };
        path.forEach(next -> subscription.transitionTo(next, SYSTEM, CLOCK));
    }

    private static SubscriptionEvent lastStatusEvent(Subscription subscription) {
        return subscription.events().stream()
                .filter(event -> event.field().equals(Subscription.STATUS))
                .reduce((first, second) -> second)
                .orElseThrow();
    }
}
