package org.netorch.netboxsim;

import java.time.Instant;

/** Common part of every simulated NetBox object; subclasses keep their fields package-private for the store's JSON. */
abstract class SimObject {
    long id;
    Instant created;
    Instant lastUpdated;
}
