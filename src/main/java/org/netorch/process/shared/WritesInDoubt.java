package org.netorch.process.shared;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.netorch.netbox.NetBoxException;
import org.netorch.netbox.NetBoxProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The creating NetBox writes of a subscription's steps that may still land. A write is recorded, in a transaction of
 * its own, before it is sent, and the record is removed in the step's transaction: a record left behind is a write that
 * got no answer, or whose step never committed (a node killed or paused meanwhile). It stays in doubt until
 * {@link NetBoxProperties#writeInDoubtFor()} after it was sent, since NetBox may still apply it until then. Times are
 * the database's, so every node judges a record alike.
 */
@Component
public class WritesInDoubt {

    private static final Logger log = LoggerFactory.getLogger(WritesInDoubt.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Duration window;

    WritesInDoubt(JdbcTemplate jdbc, PlatformTransactionManager transactions, NetBoxProperties netBox) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.window = netBox.writeInDoubtFor();
    }

    /**
     * Sends a creating write of this step. An answer settles it; NetBox refusing it (an answer below 500) means it
     * was not applied; anything else leaves it in doubt.
     */
    public <T> T send(DelegateExecution execution, UUID subscriptionId, Supplier<T> write) {
        long id = ownTransaction.execute(status -> {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.update(connection -> {
                PreparedStatement insert = connection.prepareStatement("insert into netbox_write_in_doubt "
                        + "(subscription_id, activity_id, sent_at) values (?, ?, localtimestamp)", new String[] {"id"});
                insert.setObject(1, subscriptionId);
                insert.setString(2, execution.getCurrentActivityId());
                return insert;
            }, key);
            return key.getKey().longValue();
        });
        T written;
        try {
            written = write.get();
        } catch (NetBoxException e) {
            if (e.status() > 0 && e.status() < 500) {
                ownTransaction.executeWithoutResult(status -> remove(id));
            }
            throw e;
        }
        remove(id);
        return written;
    }

    /**
     * Before a step looks up what its earlier tries created: waits until none of their writes can land any more, so
     * the look-up sees every one that will.
     */
    public void awaitEarlierTries(DelegateExecution execution, UUID subscriptionId) {
        await(subscriptionId, execution.getCurrentActivityId());
    }

    /** Before the last look for duplicates: waits until no write of any step of the subscription can land any more. */
    public void awaitAll(UUID subscriptionId) {
        await(subscriptionId, null);
    }

    private void await(UUID subscriptionId, String activityId) {
        String ofStep = activityId == null ? "" : " and activity_id = ?";
        List<Object> args = new ArrayList<>(List.of(subscriptionId));
        if (activityId != null) {
            args.add(activityId);
        }
        Timestamp lastSent = jdbc.queryForObject("select max(sent_at) from netbox_write_in_doubt "
                + "where subscription_id = ?" + ofStep, Timestamp.class, args.toArray());
        if (lastSent == null) {
            return;
        }
        Timestamp now = jdbc.queryForObject("select localtimestamp", Timestamp.class);
        Duration left = Duration.between(now.toInstant(), lastSent.toInstant().plus(window));
        if (!left.isNegative() && !left.isZero()) {
            log.info("A NetBox write for subscription {} is in doubt for {} more; waiting before looking it up",
                    subscriptionId, left);
            pause(left);
        }
        // only what was waited out: a write another node sends meanwhile stays in doubt
        args.add(lastSent);
        jdbc.update("delete from netbox_write_in_doubt where subscription_id = ?" + ofStep + " and sent_at <= ?",
                args.toArray());
    }

    private void remove(long id) {
        jdbc.update("delete from netbox_write_in_doubt where id = ?", id);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a NetBox write was in doubt", e);
        }
    }
}
