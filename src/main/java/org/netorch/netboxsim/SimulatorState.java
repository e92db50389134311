package org.netorch.netboxsim;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** The simulator's topology as a whole: seeded at start when empty, and reset to the demo topology on demand. */
@Component
@ConditionalOnSimulator
public class SimulatorState implements InitializingBean {

    private final SimulatorStore store;
    private final SimulatorProperties properties;

    SimulatorState(SimulatorStore store, SimulatorProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        if (properties.seed() && store.isEmpty()) {
            store.write(() -> {
                TopologyLoader.seedDemo(store);
                return null;
            });
        }
    }

    /** Drops every object, restarts ids at 1 and loads the demo topology again. */
    public void reset() {
        store.write(() -> {
            store.clear();
            TopologyLoader.seedDemo(store);
            return null;
        });
    }

    /** Drops every object and restarts ids at 1, leaving an empty NetBox (for seeding it over the API). */
    public void clear() {
        store.write(() -> {
            store.clear();
            return null;
        });
    }
}
