package org.netorch.api;

record ProcessStarted(String id, String status, String location) {
}
