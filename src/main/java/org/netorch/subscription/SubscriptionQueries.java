package org.netorch.subscription;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the subscription list: filtered pages, newest first, each subscription with its blocks. */
@Service
@Transactional(readOnly = true)
public class SubscriptionQueries {

    private static final char ESCAPE = '\\';

    private final SubscriptionRepository subscriptions;
    private final EntityManager entityManager;

    SubscriptionQueries(SubscriptionRepository subscriptions, EntityManager entityManager) {
        this.subscriptions = subscriptions;
        this.entityManager = entityManager;
    }

    /**
     * Newest first; the pageable's own sort is ignored so that pages are stable. One query picks the page's ids, one
     * loads them with product, blocks and endpoints, and the total is counted only when the page does not tell it.
     */
    public Page<Subscription> search(SubscriptionSearch criteria, Pageable pageable) {
        List<UUID> ids = pageOfIds(criteria, pageable);
        Map<UUID, Subscription> loaded = new HashMap<>();
        if (!ids.isEmpty()) {
            subscriptions.findWithBlocksByIdIn(ids).forEach(s -> loaded.put(s.id(), s));
        }
        List<Subscription> content = ids.stream().map(loaded::get).toList();
        return PageableExecutionUtils.getPage(content, pageable, () -> count(criteria));
    }

    /** One subscription with its product, blocks and endpoints, read in one query. */
    public Optional<Subscription> find(UUID id) {
        return subscriptions.findWithBlocksByIdIn(List.of(id)).stream().findFirst();
    }

    private List<UUID> pageOfIds(SubscriptionSearch criteria, Pageable pageable) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<UUID> query = cb.createQuery(UUID.class);
        Root<Subscription> root = query.from(Subscription.class);
        query.select(root.get("id")).where(matching(criteria, root, cb))
                .orderBy(cb.desc(root.get("createdAt")), cb.asc(root.get("id")));
        TypedQuery<UUID> page = entityManager.createQuery(query);
        if (pageable.isPaged()) {
            page.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize());
        }
        return page.getResultList();
    }

    private long count(SubscriptionSearch criteria) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Subscription> root = query.from(Subscription.class);
        query.select(cb.count(root)).where(matching(criteria, root, cb));
        return entityManager.createQuery(query).getSingleResult();
    }

    private static Predicate[] matching(SubscriptionSearch criteria, Root<Subscription> root, CriteriaBuilder cb) {
        List<Predicate> predicates = new ArrayList<>();
        if (criteria.productName() != null) {
            predicates.add(cb.equal(root.get("product").get("name"), criteria.productName()));
        }
        if (criteria.status() != null) {
            predicates.add(cb.equal(root.get("status"), criteria.status()));
        }
        if (criteria.insync() != null) {
            predicates.add(cb.equal(root.get("insync"), criteria.insync()));
        }
        if (criteria.text() != null && !criteria.text().isBlank()) {
            // lower(description) is what the trigram index on PostgreSQL covers
            String pattern = "%" + escapeLike(criteria.text().toLowerCase(Locale.ROOT)) + "%";
            predicates.add(cb.like(cb.lower(root.get("description")), pattern, ESCAPE));
        }
        return predicates.toArray(Predicate[]::new);
    }

    // A user typing "100%" means the characters, not a wildcard.
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
