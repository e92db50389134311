package org.netorch.subscription;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubscriptionEventRepository extends JpaRepository<SubscriptionEvent, Long> {

    /** The audit trail, oldest first (ids grow with every insert). */
    List<SubscriptionEvent> findBySubscriptionIdOrderByIdAsc(UUID subscriptionId);

    /** What one process recorded on these subscriptions under fields that start so, oldest first. */
    List<SubscriptionEvent> findBySubscriptionIdInAndProcessInstanceIdAndFieldStartingWithOrderByIdAsc(
            Collection<UUID> subscriptionIds, String processInstanceId, String fieldPrefix);

    /** What one process recorded on this subscription, oldest first. */
    List<SubscriptionEvent> findBySubscriptionIdAndProcessInstanceIdOrderByIdAsc(UUID subscriptionId,
            String processInstanceId);
}
