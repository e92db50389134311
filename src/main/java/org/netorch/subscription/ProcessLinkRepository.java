package org.netorch.subscription;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProcessLinkRepository extends JpaRepository<ProcessLink, ProcessLink.Key> {

    List<ProcessLink> findBySubscriptionIdOrderByCreatedAtAscProcessInstanceIdAsc(UUID subscriptionId);

    List<ProcessLink> findByProcessInstanceIdOrderByCreatedAtAsc(String processInstanceId);

    boolean existsBySubscriptionIdAndProcessInstanceId(UUID subscriptionId, String processInstanceId);
}
