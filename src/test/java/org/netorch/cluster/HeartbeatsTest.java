package org.netorch.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The heartbeat table and the take-over on H2, the single node's database; Camunda's job table cut down to the columns
 * the take-over touches.
 */
class HeartbeatsTest {

    private static final NodeIdentity ALIVE = new NodeIdentity("host/1/100", "host");
    private static final NodeIdentity DEAD = new NodeIdentity("host/2/200", "host");

    private JdbcTemplate jdbc;
    private Heartbeats heartbeats;

    @BeforeEach
    void emptyTables() {
        var dataSource = new SingleConnectionDataSource("jdbc:h2:mem:heartbeats;DB_CLOSE_DELAY=-1", true);
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("drop all objects");
        jdbc.execute("create table node_heartbeat (lock_owner varchar(255) not null primary key, "
                + "host varchar(255) not null, started_at timestamp not null, last_seen timestamp not null)");
        jdbc.execute("create table ACT_RU_JOB (ID_ varchar(64) primary key, REV_ integer, LOCK_OWNER_ varchar(255), "
                + "LOCK_EXP_TIME_ timestamp)");
        heartbeats = new Heartbeats(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    @Test
    void aNodeSilentPastTheThresholdHasItsJobsHandedBackOnce() {
        heartbeats.beat(DEAD, true);
        jdbc.update("update node_heartbeat set last_seen = dateadd('SECOND', -11, localtimestamp)");
        jdbc.update("insert into ACT_RU_JOB values ('held', 3, ?, dateadd('SECOND', 80, localtimestamp))",
                DEAD.lockOwner());
        jdbc.update("insert into ACT_RU_JOB values ('other', 1, ?, dateadd('SECOND', 80, localtimestamp))",
                ALIVE.lockOwner());
        heartbeats.beat(ALIVE, true);

        var silent = heartbeats.silentFor(Duration.ofSeconds(10));

        assertThat(silent).extracting(Heartbeats.StaleNode::lockOwner).containsExactly(DEAD.lockOwner());
        assertThat(heartbeats.takeOver(silent.get(0))).isOne();
        Map<String, Object> held = jdbc.queryForMap("select REV_, LOCK_EXP_TIME_ from ACT_RU_JOB where ID_ = 'held'");
        assertThat(held.get("REV_")).isEqualTo(4);
        assertThat((Timestamp) held.get("LOCK_EXP_TIME_")).isEqualTo(silent.get(0).lastSeen());
        assertThat(jdbc.queryForObject("select REV_ from ACT_RU_JOB where ID_ = 'other'", Integer.class)).isOne();
        assertThat(heartbeats.takeOver(silent.get(0))).as("a second node taking it over too").isEqualTo(-1);
        assertThat(heartbeats.silentFor(Duration.ofSeconds(10))).isEmpty();
    }

    @Test
    void aNodeThatBeatsAgainIsNotTakenOverAndLearnsItWasTakenForDead() {
        heartbeats.beat(DEAD, true);
        jdbc.update("update node_heartbeat set last_seen = dateadd('SECOND', -11, localtimestamp)");
        var silent = heartbeats.silentFor(Duration.ofSeconds(10)).get(0);
        heartbeats.beat(DEAD, false);

        assertThat(heartbeats.takeOver(silent)).as("it beat after it was found silent").isEqualTo(-1);

        jdbc.update("delete from node_heartbeat");
        assertThat(heartbeats.beat(DEAD, false)).as("its row was gone: taken over").isFalse();
        assertThat(heartbeats.beat(DEAD, false)).isTrue();
    }
}
