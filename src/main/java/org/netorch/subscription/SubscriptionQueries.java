package org.netorch.subscription;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class SubscriptionQueries {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"));
    private static final char ESCAPE = '\\';

    private final SubscriptionRepository subscriptions;

    SubscriptionQueries(SubscriptionRepository subscriptions) {
        this.subscriptions = subscriptions;
    }

    /** Newest first; the pageable's own sort is ignored so that pages are stable. */
    public Page<Subscription> search(SubscriptionSearch criteria, Pageable pageable) {
        Pageable page = pageable.isPaged()
                ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST)
                : Pageable.unpaged(NEWEST_FIRST);
        return subscriptions.findAll(matching(criteria), page);
    }

    private static Specification<Subscription> matching(SubscriptionSearch criteria) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (criteria.productName() != null) {
                predicates.add(cb.equal(root.get("product").get("name"), criteria.productName()));
            }
            if (criteria.status() != null) {
                predicates.add(cb.equal(root.get("status"), criteria.status()));
            }
            if (criteria.text() != null && !criteria.text().isBlank()) {
                String pattern = "%" + escapeLike(criteria.text().toLowerCase(Locale.ROOT)) + "%";
                predicates.add(cb.like(cb.lower(root.get("description")), pattern, ESCAPE));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    // A user typing "100%" means the characters, not a wildcard.
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
