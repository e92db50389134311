package org.netorch.netboxsim;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;

/** The faults waiting for their requests. Exists only with {@code netbox.simulator.faults-enabled=true}. */
@Component
@ConditionalOnSimulatorFaults
public class SimulatorFaults {

    private static final class Armed {
        final SimulatedFault fault;
        int remaining;

        Armed(SimulatedFault fault) {
            this.fault = fault;
            this.remaining = fault.times();
        }
    }

    private final AntPathMatcher paths = new AntPathMatcher();
    private final List<Armed> armed = new ArrayList<>();

    public synchronized void inject(SimulatedFault fault) {
        armed.add(new Armed(fault));
    }

    public synchronized void clear() {
        armed.clear();
    }

    /** The faults still waiting, each with the number of requests it will still affect as {@code times}. */
    public synchronized List<SimulatedFault> pending() {
        return armed.stream().map(a -> new SimulatedFault(a.fault.method(), a.fault.pathPattern(), a.fault.mode(),
                a.fault.status(), a.remaining, a.fault.delay())).toList();
    }

    /** The first fault matching this request, counted as used. */
    synchronized Optional<SimulatedFault> take(String method, String path) {
        for (Iterator<Armed> it = armed.iterator(); it.hasNext(); ) {
            Armed candidate = it.next();
            boolean methodMatches = candidate.fault.method().equals("*") || candidate.fault.method().equals(method);
            if (methodMatches && paths.match(candidate.fault.pathPattern(), path)) {
                if (--candidate.remaining == 0) {
                    it.remove();
                }
                return Optional.of(candidate.fault);
            }
        }
        return Optional.empty();
    }
}
