package org.netorch.api;

import java.util.List;

record SubscriptionPage(List<SubscriptionView> items, long total, int page, int size) {
}
