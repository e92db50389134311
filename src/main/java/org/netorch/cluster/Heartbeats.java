package org.netorch.cluster;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nodes' heartbeats in the shared database, and the take-over of a dead node's jobs. Times are the database's,
 * so the nodes' clocks need not agree.
 */
class Heartbeats {

    /** A node that has not beaten since {@code lastSeen}. */
    record StaleNode(String lockOwner, Timestamp lastSeen) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    Heartbeats(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * Records that this node is alive now. Returns false when its row was gone: another node took it for dead and
     * took its jobs over (it was paused, or cut off from the database, for longer than the threshold).
     */
    boolean beat(NodeIdentity node, boolean firstBeat) {
        int updated = jdbc.update("update node_heartbeat set last_seen = localtimestamp where lock_owner = ?",
                node.lockOwner());
        if (updated == 0) {
            jdbc.update("insert into node_heartbeat (lock_owner, host, started_at, last_seen) "
                    + "values (?, ?, localtimestamp, localtimestamp)", node.lockOwner(), node.host());
            return firstBeat;
        }
        return true;
    }

    List<StaleNode> silentFor(Duration deadAfter) {
        Timestamp now = jdbc.queryForObject("select localtimestamp", Timestamp.class);
        Timestamp threshold = Timestamp.from(now.toInstant().minus(deadAfter));
        return jdbc.query("select lock_owner, last_seen from node_heartbeat where last_seen < ?",
                (row, i) -> new StaleNode(row.getString(1), row.getTimestamp(2)), threshold);
    }

    /**
     * Hands the dead node's jobs back to every job executor: their lock ends at the node's last heartbeat, so the
     * next acquisition anywhere takes them. The revision rises as with any change of a job, so whatever the dead
     * node might still commit about one of them fails Camunda's optimistic locking. Returns the jobs handed back, or
     * -1 when another node took this one over first or it beat again meanwhile.
     */
    int takeOver(StaleNode node) {
        return transaction.execute(status -> {
            int removed = jdbc.update("delete from node_heartbeat where lock_owner = ? and last_seen = ?",
                    node.lockOwner(), node.lastSeen());
            if (removed == 0) {
                return -1;
            }
            return jdbc.update("update ACT_RU_JOB set LOCK_EXP_TIME_ = ?, REV_ = REV_ + 1 where LOCK_OWNER_ = ?",
                    node.lastSeen(), node.lockOwner());
        });
    }

    /** A node stopping normally: its job executor has handed its jobs back, and no one needs to take it over. */
    void leave(NodeIdentity node) {
        jdbc.update("delete from node_heartbeat where lock_owner = ?", node.lockOwner());
    }
}
