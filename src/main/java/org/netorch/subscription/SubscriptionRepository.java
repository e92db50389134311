package org.netorch.subscription;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SubscriptionRepository extends JpaRepository<Subscription, UUID>, JpaSpecificationExecutor<Subscription> {

    /** These subscriptions with product, node or circuit block and endpoints fetched in the same query. */
    @Query("""
            select distinct s from Subscription s join fetch s.product left join fetch s.node
            left join fetch s.circuit c left join fetch c.endpoints
            where s.id in :ids""")
    List<Subscription> findWithBlocksByIdIn(@Param("ids") Collection<UUID> ids);

    /** The non-terminated Node subscription that holds this NetBox device, if any. */
    @Query("select s from Subscription s join s.node n where n.enrolledDeviceId = :deviceId")
    Optional<Subscription> findNodeByDeviceId(@Param("deviceId") long deviceId);

    /** NetBox device ids that a non-terminated Node subscription holds. */
    @Query("select n.enrolledDeviceId from NodeBlock n where n.enrolledDeviceId is not null")
    List<Long> findEnrolledDeviceIds();

    /** The non-terminated circuit that holds this NetBox interface, if any. */
    @Query("select e.circuit.subscription from CircuitEndpoint e where e.claimedPortId = :portId")
    Optional<Subscription> findCircuitByPortId(@Param("portId") long portId);

    /** NetBox interface ids that a non-terminated circuit holds. */
    @Query("select e.claimedPortId from CircuitEndpoint e where e.claimedPortId is not null")
    List<Long> findClaimedPortIds();

    /** Non-terminated circuits with an endpoint on the given Node subscription. */
    @Query("""
            select distinct e.circuit.subscription from CircuitEndpoint e
            where e.nodeSubscriptionId = :nodeSubscriptionId
              and e.circuit.subscription.status <> org.netorch.subscription.SubscriptionStatus.TERMINATED""")
    List<Subscription> findCircuitsOnNode(@Param("nodeSubscriptionId") UUID nodeSubscriptionId);

    @Query("""
            select s from Subscription s
            where s.product.productType = :productType and s.status in :statuses
            order by s.createdAt, s.id""")
    List<Subscription> findByProductTypeAndStatusIn(@Param("productType") String productType,
                                                    @Param("statuses") Collection<SubscriptionStatus> statuses);

    /** Ids of ACTIVE, in-sync subscriptions of a product type, in id order: the first page of a walk over them. */
    @Query("""
            select s.id from Subscription s
            where s.product.productType = :productType
              and s.status = org.netorch.subscription.SubscriptionStatus.ACTIVE and s.insync = true
            order by s.id""")
    List<UUID> findActiveInSyncIds(@Param("productType") String productType, Pageable page);

    /** The next page of that walk: the ids after the last one of the page before, in the database's id order. */
    @Query("""
            select s.id from Subscription s
            where s.product.productType = :productType
              and s.status = org.netorch.subscription.SubscriptionStatus.ACTIVE and s.insync = true and s.id > :after
            order by s.id""")
    List<UUID> findActiveInSyncIdsAfter(@Param("productType") String productType, @Param("after") UUID after,
                                        Pageable page);
}
