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

    /** These subscriptions with product and blocks fetched in the same query. */
    @Query("""
            select distinct s from Subscription s join fetch s.product left join fetch s.blocks
            where s.id in :ids""")
    List<Subscription> findWithBlocksByIdIn(@Param("ids") Collection<UUID> ids);

    /** The live subscription, of any product, that holds this resource, if any. */
    @Query("select s from Subscription s join s.claims c where c.kind = :kind and c.resourceKey = :resourceKey")
    Optional<Subscription> findHolder(@Param("kind") String kind, @Param("resourceKey") String resourceKey);

    /** The keys of every resource of this kind that a live subscription holds. */
    @Query("select c.resourceKey from Subscription s join s.claims c where c.kind = :kind")
    List<String> findClaimedKeys(@Param("kind") String kind);

    /** Live subscriptions that depend on the given one (a node's circuits). */
    @Query("""
            select s from Subscription s join s.dependsOn d
            where d = :subscriptionId and s.status <> org.netorch.subscription.SubscriptionStatus.TERMINATED
            order by s.createdAt, s.id""")
    List<Subscription> findLiveDependants(@Param("subscriptionId") UUID subscriptionId);

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
