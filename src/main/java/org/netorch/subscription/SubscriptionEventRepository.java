package org.netorch.subscription;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubscriptionEventRepository extends JpaRepository<SubscriptionEvent, Long> {

    /** The audit trail, oldest first (ids grow with every insert). */
    List<SubscriptionEvent> findBySubscriptionIdOrderByIdAsc(UUID subscriptionId);
}
