package org.netorch.api;

record AbortRequest(String reason) {
}
