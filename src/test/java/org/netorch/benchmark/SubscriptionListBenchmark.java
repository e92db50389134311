package org.netorch.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.netorch.testsupport.ApiClient;
import org.netorch.testsupport.AppIntegrationTest;
import org.netorch.testsupport.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code GET /api/subscriptions} at 1k and 100k subscriptions (half nodes, half circuits with two endpoints, made in
 * SQL): p50/p99 of 40 calls and the SQL statements one call runs, for the first page of 20, of 50 (the Cockpit
 * plugin's) and of 200, a search for a word three descriptions hold, and one subscription; the database's plan for
 * the first page; then the plugin's list in headless Chromium ({@code tools/plugin-first-page.mjs}), from asking for
 * it to its first row. Run with {@code mvn verify -Pbenchmark,postgres -Dit.test=SubscriptionListBenchmark}.
 */
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class SubscriptionListBenchmark extends AppIntegrationTest {

    private static final int WARM_UP = 5;
    private static final int CALLS = Integer.getInteger("bench.calls", 40);
    private static final String NODE = "6f1d3c2a-8b4e-4a51-9d3f-0c5e7a1b2001";
    private static final String CIRCUIT = "6f1d3c2a-8b4e-4a51-9d3f-0c5e7a1b2002";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void listAtOneThousandAndOneHundredThousandSubscriptions() {
        ApiClient api = api();
        insertSubscriptions(1, 1_000);
        measureAll(api, "1k");
        insertSubscriptions(1_001, 100_000);
        measureAll(api, "100k");
    }

    private void measureAll(ApiClient api, String rows) {
        String one = jdbc.queryForObject("select id from subscription where description = 'Node bench77-core'",
                String.class);
        measure(api, rows, "first page size=20", "/api/subscriptions?size=20", 20);
        measure(api, rows, "first page size=50", "/api/subscriptions?page=0&size=50", 50);
        measure(api, rows, "first page size=200", "/api/subscriptions?size=200", 200);
        // the plugin's filters: half the rows, a quarter, and none (nothing out of sync: the whole table qualifies)
        measure(api, rows, "product=Node", "/api/subscriptions?size=50&product=Node", 50);
        measure(api, rows, "ACTIVE Circuit 400G", "/api/subscriptions?size=50&status=ACTIVE&product=Circuit%20400G",
                50);
        measure(api, rows, "insync=false", "/api/subscriptions?size=50&insync=false", 0);
        measure(api, rows, "q=bench77-core", "/api/subscriptions?q=bench77-core", 3);
        measure(api, rows, "one subscription", "/api/subscriptions/" + one, -1);
        printFirstPagePlan(rows);
        if (!Boolean.getBoolean("bench.skip-browser")) {
            measureInBrowser(rows);
        }
    }

    /** How the database reads the plugin's first page, all and out of sync: by an index, not by sorting every row. */
    private void printFirstPagePlan(String rows) {
        for (String where : List.of("", "where insync = false ")) {
            String page = "select id from subscription " + where + "order by created_at desc, id limit 50";
            jdbc.queryForList("explain " + page, String.class).stream()
                    .flatMap(text -> text.lines().map(String::strip))
                    .forEach(line -> System.out.printf("BENCHMARK plan rows=%s %s| %s%n", rows, where, line));
        }
    }

    /** The plugin's list in Chromium, when node, playwright-core (npm ci) and /usr/bin/chromium are there. */
    private void measureInBrowser(String rows) {
        if (!Files.isExecutable(Path.of("/usr/bin/chromium")) || !Files.isDirectory(Path.of("node_modules",
                "playwright-core"))) {
            System.out.println("BENCHMARK plugin skipped: needs /usr/bin/chromium and npm ci");
            return;
        }
        String label = System.getProperty("it.database", "h2") + " rows=" + rows;
        try {
            // its output through this JVM's System.out: the test JVM's own stdout is Failsafe's channel
            Process browser = new ProcessBuilder("node", "tools/plugin-first-page.mjs", "http://127.0.0.1:" + port,
                    label).redirectErrorStream(true).start();
            try (var output = browser.inputReader()) {
                output.lines().forEach(System.out::println);
            }
            if (!browser.waitFor(10, TimeUnit.MINUTES)) {
                browser.destroyForcibly();
                throw new AssertionError("the browser benchmark took longer than 10 minutes");
            }
            assertThat(browser.exitValue()).as("exit code of tools/plugin-first-page.mjs").isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void measure(ApiClient api, String rows, String what, String path, int expectedItems) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        List<Long> micros = new ArrayList<>();
        long statements = 0;
        for (int i = 0; i < WARM_UP + CALLS; i++) {
            long before = statistics.getPrepareStatementCount();
            long started = System.nanoTime();
            ApiClient.Response response = api.get(path);
            long took = (System.nanoTime() - started) / 1_000;
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            if (expectedItems >= 0) {
                assertThat(response.json().path("items")).hasSize(expectedItems);
            }
            if (i >= WARM_UP) {
                micros.add(took);
                statements += statistics.getPrepareStatementCount() - before;
            }
        }
        Collections.sort(micros);
        System.out.printf("BENCHMARK list %s rows=%-4s %-20s p50 %5.1f ms, p99 %5.1f ms, %d JPA statements/call%n",
                System.getProperty("it.database", "h2"), rows, what, micros.get(micros.size() / 2) / 1000.0,
                micros.get((int) Math.ceil(0.99 * micros.size()) - 1) / 1000.0, statements / CALLS);
    }

    /** Subscriptions x = from..to: odd x a node {@code bench<x>-core}, even x a circuit between nodes x-1 and x+1. */
    private void insertSubscriptions(int from, int to) {
        String rows = TestDatabase.usesPostgres()
                ? "select g.x, timestamptz '2025-01-01 00:00:00+00' + g.x * interval '1 second' as created_at "
                        + "from generate_series(" + from + ", " + to + ") as g(x)"
                : "select x, dateadd(second, x, timestamp with time zone '2025-01-01 00:00:00+00') as created_at "
                        + "from system_range(" + from + ", " + to + ")";
        String id = "cast(concat('00000000-0000-4000-8000-', lpad(cast(r.x as varchar), 12, '0')) as uuid)";
        String previous = "cast(concat('00000000-0000-4000-8000-', lpad(cast(r.x - 1 as varchar), 12, '0')) as uuid)";
        String circuit = "concat('Circuit ID ', r.x, ': bench', r.x - 1, '-core:1/1/c1/1 <--> bench', r.x + 1,"
                + " '-core:1/1/c1/1')";
        jdbc.update("insert into subscription (id, product_id, customer_id, description, status, insync, start_date,"
                + " version, created_at) select " + id + ", case when mod(r.x, 2) = 1 then cast('" + NODE
                + "' as uuid) else cast('" + CIRCUIT + "' as uuid) end, 'bench-customer', case when mod(r.x, 2) = 1"
                + " then concat('Node bench', r.x, '-core') else " + circuit + " end, 'ACTIVE', true, r.created_at,"
                + " 1, r.created_at from (" + rows + ") r");
        jdbc.update("insert into subscription_block (subscription_id, name, content) select " + id + ", 'node',"
                + " concat('{\"node_id\":', r.x, ',\"node_name\":\"bench', r.x, '-core\",\"node_status\":\"active\",',"
                + " '\"ipv4_loopback\":\"10.9.0.1/32\",\"ipv6_loopback\":\"2001:db8:9::1/128\"}')"
                + " from (" + rows + ") r where mod(r.x, 2) = 1");
        jdbc.update("insert into resource_claim (kind, resource_key, subscription_id, recorded_as) select 'device',"
                + " cast(r.x as varchar), " + id + ", 'node.enrolled_device_id' from (" + rows + ") r"
                + " where mod(r.x, 2) = 1");
        jdbc.update("insert into subscription_block (subscription_id, name, content) select " + id + ", 'circuit',"
                + " concat('{\"circuit_id\":', r.x, ',\"circuit_status\":\"connected\",\"circuit_description\":\"', "
                + circuit + ", '\",\"under_maintenance\":false,', " + endpoint("a", "2 * r.x", previous) + ", ',', "
                + endpoint("b", "2 * r.x + 1", previous) + ", '}') from (" + rows + ") r where mod(r.x, 2) = 0");
        for (String side : List.of("A", "B")) {
            String port = side.equals("A") ? "2 * r.x" : "2 * r.x + 1";
            jdbc.update("insert into resource_claim (kind, resource_key, subscription_id, recorded_as) select"
                    + " 'interface', cast(" + port + " as varchar), " + id + ", 'circuit.endpoint_"
                    + side.toLowerCase(Locale.ROOT) + ".claimed_port_id' from (" + rows + ") r"
                    + " where mod(r.x, 2) = 0");
        }
        jdbc.update("insert into subscription_dependency (subscription_id, depends_on_id) select " + id + ", "
                + previous + " from (" + rows + ") r where mod(r.x, 2) = 0");
        if (TestDatabase.usesPostgres()) {
            jdbc.execute("analyze");
        }
    }

    /** SQL text building one endpoint's member of a circuit block document. */
    private static String endpoint(String side, String port, String node) {
        return "concat('\"endpoint_" + side + "\":{\"port_id\":', " + port + ", ',\"port_name\":\"1/1/c1/1\","
                + "\"port_description\":\"circuit\",\"v6_ip_address\":\"2001:db8:10::1/127\","
                + "\"node_subscription_id\":\"', cast(" + node + " as varchar), '\"}')";
    }
}
