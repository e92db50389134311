package org.netorch.testsupport;

import java.time.Clock;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NullValueException;
import org.netorch.subscription.AuditContext;
import org.netorch.subscription.SubscriptionRepository;
import org.netorch.subscription.SubscriptionStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tests share one database per Spring context: before each, stop every workflow and terminate every subscription,
 * which releases the devices and ports they claim, so each test can enroll loc1…loc5 afresh.
 */
@Component
public class CleanSlate {

    private final ProcessEngine engine;
    private final SubscriptionRepository subscriptions;
    private final TransactionTemplate transaction;

    CleanSlate(ProcessEngine engine, SubscriptionRepository subscriptions, TransactionTemplate transaction) {
        this.engine = engine;
        this.subscriptions = subscriptions;
        this.transaction = transaction;
    }

    public void apply() {
        engine.getRuntimeService().createProcessInstanceQuery().list().forEach(process -> delete(process.getId()));
        transaction.executeWithoutResult(status -> subscriptions.findAll().stream()
                .filter(s -> s.status() != SubscriptionStatus.TERMINATED)
                .forEach(s -> s.transitionTo(SubscriptionStatus.TERMINATED, AuditContext.system(),
                        Clock.systemUTC())));
    }

    /**
     * The job executor may be running one of its jobs right now, or ending the instance under our feet (on PostgreSQL
     * the two deletes can even deadlock): then try again once that job is done (an instance that has ended by then is
     * simply gone).
     */
    private void delete(String processInstanceId) {
        for (int attempt = 1; ; attempt++) {
            try {
                engine.getRuntimeService().deleteProcessInstanceIfExists(processInstanceId,
                        "clean slate for the next test", true, true, true, false);
                return;
            } catch (OptimisticLockingException | NullValueException | ProcessEnginePersistenceException e) {
                if (attempt == 20) {
                    throw e;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
