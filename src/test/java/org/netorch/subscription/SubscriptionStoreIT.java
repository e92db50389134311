package org.netorch.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.netorch.subscription.Fixtures.CLOCK;
import static org.netorch.subscription.Fixtures.NOW;
import static org.netorch.subscription.Fixtures.SYSTEM;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netorch.testsupport.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@DataJpaTest(showSql = false, properties = {
        "spring.jpa.hibernate.ddl-auto=validate",
        "spring.flyway.table=subscription_schema_history",
        "spring.flyway.baseline-on-migrate=true",
        "spring.flyway.baseline-version=0",
        "spring.jpa.properties.hibernate.generate_statistics=true"})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({SubscriptionService.class, SubscriptionQueries.class})
// Each test commits its own transactions: constraints and version checks only fire on a real flush and commit.
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SubscriptionStoreIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    SubscriptionRepository subscriptions;
    @Autowired
    ProductRepository products;
    @Autowired
    SubscriptionEventRepository events;
    @Autowired
    ProcessLinkRepository processLinks;
    @Autowired
    SubscriptionService service;
    @Autowired
    SubscriptionQueries queries;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    DataSource dataSource;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @BeforeEach
    void emptyTables() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (String table : List.of("process_subscription", "subscription_event", "resource_claim",
                "subscription_dependency", "subscription_block",
                "subscription")) {
            jdbc.update("delete from " + table);
        }
    }

    @Test
    void seedsTheThreeProductsWithTheirSpeeds() {
        assertThat(products.findAll()).extracting(Product::name)
                .containsExactlyInAnyOrder(Product.NODE, Product.CIRCUIT_400G, Product.CIRCUIT_100G);
        assertThat(product(Product.CIRCUIT_400G).fixedInput(Product.SPEED)).contains("400G");
        assertThat(product(Product.CIRCUIT_100G).fixedInput(Product.SPEED)).contains("100G");
        assertThat(product(Product.NODE).fixedInput(Product.SPEED)).isEmpty();
        assertThat(product(Product.NODE).isNode()).isTrue();
        assertThat(product(Product.CIRCUIT_100G).isCircuit()).isTrue();
    }

    @Test
    void aDeclaredProductTheTableLacksIsWrittenAtStartUpWithoutAMigration() {
        String name = "Port 25G " + UUID.randomUUID();
        ProductDeclaration port = new ProductDeclaration("Port", "Port",
                List.of(new ProductDeclaration.Offer(name, "25G port", Map.of(Product.SPEED, "25G"))),
                List.of(), List.of(), List.of(), List.of(), Map.of());
        try {
            new ProductRows(products, transactionManager, List.of(port)).afterPropertiesSet();
            new ProductRows(products, transactionManager, List.of(port)).afterPropertiesSet();

            Product written = product(name);
            assertThat(written.productType()).isEqualTo("Port");
            assertThat(written.fixedInputs()).isEqualTo(Map.of(Product.SPEED, "25G"));
            assertThat(products.findAll()).extracting(Product::name).containsOnlyOnce(name);
        } finally {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            jdbc.update("delete from product_fixed_input where product_id in (select id from product where name = ?)",
                    name);
            jdbc.update("delete from product where name = ?", name);
        }
    }

    @Test
    void storesANodeWithItsBlockAndAuditTrail() {
        UUID id = save(Fixtures.activeNode(product(Product.NODE), 7, "loc1-core")).id();

        Subscription loaded = inTransaction(() -> subscriptions.findById(id).orElseThrow());
        assertThat(loaded.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(loaded.insync()).isTrue();
        assertThat(loaded.startDate()).isEqualTo(NOW);
        assertThat(loaded.createdAt()).isEqualTo(NOW);
        assertThat(loaded.description()).isEqualTo("Node loc1-core");
        NodeBlock node = loaded.block(NodeBlock.class).orElseThrow();
        assertThat(node.nodeId()).isEqualTo(7);
        assertThat(subscriptions.findHolder("device", "7")).map(Subscription::id).contains(id);
        assertThat(node.nodeStatus()).isEqualTo("active");
        assertThat(node.ipv4Loopback()).isEqualTo("10.0.0.7/32");
        assertThat(node.ipv6Loopback()).isEqualTo("2001:db8::7/128");
        assertThat(loaded.block(CircuitBlock.class)).isEmpty();

        List<SubscriptionEvent> trail = events.findBySubscriptionIdOrderByIdAsc(id);
        assertThat(trail.get(0).field()).isEqualTo(Subscription.CREATED);
        assertThat(trail).extracting(SubscriptionEvent::field, SubscriptionEvent::oldValue,
                        SubscriptionEvent::newValue)
                .containsSubsequence(
                        org.assertj.core.groups.Tuple.tuple("status", "INITIAL", "PROVISIONING"),
                        org.assertj.core.groups.Tuple.tuple("node.node_status", "planned", "active"),
                        org.assertj.core.groups.Tuple.tuple("status", "PROVISIONING", "ACTIVE"),
                        org.assertj.core.groups.Tuple.tuple("insync", "false", "true"));
        assertThat(trail).allSatisfy(event -> {
            assertThat(event.subscriptionId()).isEqualTo(id);
            assertThat(event.actor()).isEqualTo("system");
        });
    }

    @Test
    void storesACircuitWithBothEndpointsPointingAtTheirNodes() {
        Subscription a = save(Fixtures.activeNode(product(Product.NODE), 1, "loc1-core"));
        Subscription b = save(Fixtures.activeNode(product(Product.NODE), 2, "loc2-core"));
        UUID id = save(Fixtures.activeCircuit(product(Product.CIRCUIT_400G), a, 11, b, 21, 500)).id();

        Subscription loaded = inTransaction(() -> subscriptions.findById(id).orElseThrow());
        CircuitBlock circuit = loaded.block(CircuitBlock.class).orElseThrow();
        assertThat(loaded.description()).isEqualTo("Circuit ID 500: loc1-core:1/1/c11/1 <--> loc2-core:1/1/c21/1");
        assertThat(circuit.circuitId()).isEqualTo(500);
        assertThat(circuit.circuitStatus()).isEqualTo("connected");
        assertThat(circuit.underMaintenance()).isTrue();
        assertThat(circuit.endpointA().nodeSubscriptionId()).isEqualTo(a.id());
        assertThat(circuit.endpointA().portId()).isEqualTo(11);
        assertThat(circuit.endpointA().portDescription()).isEqualTo("Circuit Connection to loc2-core port 1/1/c21/1");
        assertThat(circuit.endpointB().nodeSubscriptionId()).isEqualTo(b.id());
        assertThat(circuit.endpointB().v6IpAddress()).isEqualTo("2001:db8:10::1/127");

        assertThat(subscriptions.findHolder("interface", "21")).map(Subscription::id).contains(id);
        assertThat(subscriptions.findLiveDependants(a.id())).extracting(Subscription::id).containsExactly(id);
        assertThat(events.findBySubscriptionIdOrderByIdAsc(id)).extracting(SubscriptionEvent::field)
                .contains("circuit.endpoint_a.port_id", "circuit.endpoint_b.v6_ip_address", "circuit.circuit_id");
    }

    @Test
    void aDeviceCanHoldOnlyOneLiveNode() {
        Subscription first = save(Fixtures.activeNode(product(Product.NODE), 7, "loc1-core"));
        Subscription second = Fixtures.completeNode(product(Product.NODE), 7, "loc1-core");

        assertThatThrownBy(() -> save(second)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(subscriptions.findHolder("device", "7")).map(Subscription::id).contains(first.id());

        service.transition(first.id(), SubscriptionStatus.TERMINATED, SYSTEM);
        Subscription third = save(Fixtures.completeNode(product(Product.NODE), 7, "loc1-core"));

        assertThat(subscriptions.findHolder("device", "7")).map(Subscription::id).contains(third.id());
        assertThat(subscriptions.findClaimedKeys("device")).containsExactly("7");
    }

    @Test
    void aPortCanBelongToOnlyOneLiveCircuit() {
        Subscription a = save(Fixtures.activeNode(product(Product.NODE), 1, "loc1-core"));
        Subscription b = save(Fixtures.activeNode(product(Product.NODE), 2, "loc2-core"));
        Subscription c = save(Fixtures.activeNode(product(Product.NODE), 3, "loc3-core"));
        Subscription first = save(Fixtures.activeCircuit(product(Product.CIRCUIT_400G), a, 11, b, 21, 500));

        assertThatThrownBy(() -> save(Fixtures.completeCircuit(product(Product.CIRCUIT_400G), c, 31, b, 21)))
                .isInstanceOf(DataIntegrityViolationException.class);

        service.transition(first.id(), SubscriptionStatus.TERMINATED, SYSTEM);
        Subscription second = save(Fixtures.completeCircuit(product(Product.CIRCUIT_400G), c, 31, b, 21));

        assertThat(subscriptions.findHolder("interface", "21")).map(Subscription::id).contains(second.id());
        assertThat(subscriptions.findLiveDependants(a.id())).isEmpty();
    }

    @Test
    void theLaterOfTwoConcurrentChangesFails() {
        UUID id = save(Fixtures.activeNode(product(Product.NODE), 7, "loc1-core")).id();

        assertThatThrownBy(() -> changeWhileAnotherTakesItOutOfSync(id,
                stale -> stale.describe("Node renamed", SYSTEM)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        Subscription current = inTransaction(() -> subscriptions.findById(id).orElseThrow());
        assertThat(current.insync()).isFalse();
        assertThat(current.description()).isEqualTo("Node loc1-core");
    }

    @Test
    void aChangeToABlockAloneAlsoBumpsTheVersion() {
        UUID id = save(Fixtures.activeNode(product(Product.NODE), 7, "loc1-core")).id();
        long before = inTransaction(() -> subscriptions.findById(id).orElseThrow().version());

        inTransaction(() -> {
            Subscription node = subscriptions.findById(id).orElseThrow();
            node.update(node.block(NodeBlock.class).orElseThrow().withNodeStatus("offline"), SYSTEM);
            return null;
        });

        assertThat(inTransaction(() -> subscriptions.findById(id).orElseThrow().version())).isGreaterThan(before);
    }

    @Test
    void aChangeToABlockAloneStillLosesToAConcurrentChange() {
        UUID id = save(Fixtures.activeNode(product(Product.NODE), 7, "loc1-core")).id();

        assertThatThrownBy(() -> changeWhileAnotherTakesItOutOfSync(id,
                stale -> stale.update(stale.block(NodeBlock.class).orElseThrow().withNodeStatus("offline"), SYSTEM)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        Subscription current = inTransaction(() -> subscriptions.findById(id).orElseThrow());
        assertThat(current.block(NodeBlock.class).orElseThrow().nodeStatus()).isEqualTo("active");
        assertThat(events.findBySubscriptionIdOrderByIdAsc(id)).extracting(SubscriptionEvent::newValue)
                .doesNotContain("offline");
    }

    @Test
    void recordingAnEventCostsTheSameOnALongTrailAsOnAShortOne() {
        UUID young = save(Fixtures.activeNode(product(Product.NODE), 1, "loc1-core")).id();
        UUID old = save(Fixtures.activeNode(product(Product.NODE), 2, "loc2-core")).id();
        inTransaction(() -> {
            Subscription subscription = subscriptions.findById(old).orElseThrow();
            for (int change = 1; change <= 200; change++) {
                subscription.annotate("change " + change, SYSTEM);
            }
            return null;
        });

        RecordingCost onShortTrail = recordOneEvent(young);
        RecordingCost onLongTrail = recordOneEvent(old);

        assertThat(onLongTrail).isEqualTo(onShortTrail);
        assertThat(events.findBySubscriptionIdOrderByIdAsc(old)).last()
                .extracting(SubscriptionEvent::oldValue, SubscriptionEvent::newValue)
                .containsExactly("change 200", "checked");
    }

    @Test
    void searchFiltersByProductStatusAndTextAndPagesNewestFirst() {
        Product node = product(Product.NODE);
        Subscription a = save(Fixtures.activeNode(node, 1, "loc1-core"));
        Subscription b = save(Fixtures.activeNode(node, 2, "loc2-core"));
        Subscription initial = save(Fixtures.completeNode(node, 3, "ams-edge"));
        Subscription circuit = save(Fixtures.completeCircuit(product(Product.CIRCUIT_100G), a, 11, b, 21));

        assertThat(search(new SubscriptionSearch(Product.NODE, null, null), 0, 10).getTotalElements()).isEqualTo(3);
        assertThat(ids(search(new SubscriptionSearch(null, SubscriptionStatus.INITIAL, null), 0, 10)))
                .containsExactlyInAnyOrder(initial.id(), circuit.id());
        assertThat(ids(search(new SubscriptionSearch(Product.CIRCUIT_100G, SubscriptionStatus.INITIAL, null), 0, 10)))
                .containsExactly(circuit.id());
        assertThat(ids(search(new SubscriptionSearch(null, null, "LOC2"), 0, 10))).containsExactly(b.id());
        assertThat(search(new SubscriptionSearch(null, null, "%"), 0, 10).getTotalElements()).isZero();
        assertThat(search(new SubscriptionSearch(Product.CIRCUIT_400G, null, null), 0, 10)).isEmpty();
        assertThat(ids(search(new SubscriptionSearch(null, null, null, true), 0, 10)))
                .containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(ids(search(new SubscriptionSearch(Product.NODE, null, null, false), 0, 10)))
                .containsExactly(initial.id());

        assertThat(subscriptions.findByProductTypeAndStatusIn(Product.TYPE_NODE, List.of(SubscriptionStatus.ACTIVE)))
                .extracting(Subscription::id).containsExactlyInAnyOrder(a.id(), b.id());

        Subscription newest = save(Subscription.create(node, Fixtures.CUSTOMER, "Node added later", SYSTEM,
                Clock.offset(CLOCK, Duration.ofHours(1))));
        List<UUID> all = ids(search(SubscriptionSearch.all(), 0, 10));
        assertThat(all).hasSize(5).first().isEqualTo(newest.id());
        Page<Subscription> secondPage = search(SubscriptionSearch.all(), 1, 3);
        assertThat(secondPage.getTotalElements()).isEqualTo(5);
        assertThat(ids(secondPage)).containsExactly(all.get(3), all.get(4));
    }

    @Test
    void linkingAProcessTwiceStoresOneLinkAndOneEvent() {
        UUID id = save(Fixtures.completeNode(product(Product.NODE), 7, "loc1-core")).id();
        AuditContext step = AuditContext.user("alice", "job").withStep("proc-1", "serviceTask_storeProcessSubscription");

        service.linkProcess(id, "proc-1", "create_node", step);
        service.linkProcess(id, "proc-1", "create_node", step);
        service.linkProcess(id, "proc-2", "modify_node", step);

        assertThat(processLinks.findBySubscriptionIdOrderByCreatedAtAscProcessInstanceIdAsc(id))
                .extracting(ProcessLink::processInstanceId, ProcessLink::workflowKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("proc-1", "create_node"),
                        org.assertj.core.groups.Tuple.tuple("proc-2", "modify_node"));
        assertThat(processLinks.existsBySubscriptionIdAndProcessInstanceId(id, "proc-1")).isTrue();
        assertThat(processLinks.findByProcessInstanceIdOrderByCreatedAtAsc("proc-2"))
                .extracting(ProcessLink::subscriptionId).containsExactly(id);
        List<SubscriptionEvent> processEvents = events.findBySubscriptionIdOrderByIdAsc(id).stream()
                .filter(event -> event.field().equals(SubscriptionService.PROCESS)).toList();
        assertThat(processEvents).extracting(SubscriptionEvent::newValue)
                .containsExactly("create_node proc-1", "modify_node proc-2");
        assertThat(processEvents.get(0).actor()).isEqualTo("alice");
        assertThat(processEvents.get(0).activityId()).isEqualTo("serviceTask_storeProcessSubscription");
    }

    @Test
    void gettingAnUnknownSubscriptionNamesIt() {
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> service.get(unknown))
                .isInstanceOf(SubscriptionNotFoundException.class)
                .hasMessageContaining(unknown.toString());
    }

    private Product product(String name) {
        return products.findByName(name).orElseThrow();
    }

    private Subscription save(Subscription subscription) {
        return inTransaction(() -> subscriptions.saveAndFlush(subscription));
    }

    private Page<Subscription> search(SubscriptionSearch criteria, int page, int size) {
        return queries.search(criteria, PageRequest.of(page, size));
    }

    private static List<UUID> ids(Page<Subscription> page) {
        return page.getContent().stream().map(Subscription::id).toList();
    }

    /** Loads the subscription, lets another transaction take it out of sync, then changes the stale copy. */
    private void changeWhileAnotherTakesItOutOfSync(UUID id, Consumer<Subscription> change) {
        TransactionTemplate concurrent = new TransactionTemplate(transactionManager);
        concurrent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            Subscription stale = subscriptions.findById(id).orElseThrow();
            concurrent.executeWithoutResult(inner ->
                    subscriptions.findById(id).orElseThrow().markOutOfSync(SYSTEM));
            change.accept(stale);
            subscriptions.flush();
        });
    }

    private RecordingCost recordOneEvent(UUID id) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long statementsBefore = statistics.getPrepareStatementCount();
        long entitiesBefore = statistics.getEntityLoadCount();
        inTransaction(() -> {
            subscriptions.findById(id).orElseThrow().annotate("checked", SYSTEM);
            return null;
        });
        return new RecordingCost(statistics.getPrepareStatementCount() - statementsBefore,
                statistics.getEntityLoadCount() - entitiesBefore);
    }

    /** What loading a subscription and recording one event on it cost: SQL statements run and entities read. */
    private record RecordingCost(long statements, long entitiesLoaded) {
    }

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }
}
