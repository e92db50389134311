package org.netorch.api;

import java.time.Instant;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.netorch.subscription.SubscriptionEvent;

@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record SubscriptionEventView(Instant occurredAt, String actor, String via, String processInstanceId,
        String activityId, String field, String oldValue, String newValue, String reason) {

    static SubscriptionEventView of(SubscriptionEvent e) {
        return new SubscriptionEventView(e.occurredAt(), e.actor(), e.via(), e.processInstanceId(), e.activityId(),
                e.field(), e.oldValue(), e.newValue(), e.reason());
    }
}
