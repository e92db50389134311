package org.netorch.api;

/**
 * @param activity the element id of the failed or waiting step, e.g. {@code serviceTask_updateNodeStatusInNetBox}
 * @param reason what was done by hand instead, and why; required, at most 1000 characters, kept in the audit trail
 */
record SkipRequest(String activity, String reason) {
}
