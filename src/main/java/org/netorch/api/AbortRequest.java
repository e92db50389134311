package org.netorch.api;

/** @param reason why the workflow is cancelled, at most 1000 characters; kept in the audit trail */
record AbortRequest(String reason) {
}
