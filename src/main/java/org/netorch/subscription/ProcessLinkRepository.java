package org.netorch.subscription;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

// Written queries rather than derived ones: Spring Data builds a derived query's criteria anew on every call, which
// Hibernate then translates again, while a query string is translated once. Workflow steps run these on every link.
public interface ProcessLinkRepository extends JpaRepository<ProcessLink, ProcessLink.Key> {

    @Query("""
            select l from ProcessLink l where l.subscriptionId = :subscriptionId
            order by l.createdAt, l.processInstanceId""")
    List<ProcessLink> findBySubscriptionIdOrderByCreatedAtAscProcessInstanceIdAsc(
            @Param("subscriptionId") UUID subscriptionId);

    @Query("select l from ProcessLink l where l.processInstanceId = :processInstanceId order by l.createdAt")
    List<ProcessLink> findByProcessInstanceIdOrderByCreatedAtAsc(@Param("processInstanceId") String processInstanceId);

    @Query("""
            select count(l) > 0 from ProcessLink l
            where l.subscriptionId = :subscriptionId and l.processInstanceId = :processInstanceId""")
    boolean existsBySubscriptionIdAndProcessInstanceId(@Param("subscriptionId") UUID subscriptionId,
                                                       @Param("processInstanceId") String processInstanceId);
}
