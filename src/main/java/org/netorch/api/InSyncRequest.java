package org.netorch.api;

/** @param reason why the subscription is in sync again (required, at most 1000 characters); kept in the audit trail */
record InSyncRequest(String reason) {
}
