package org.netorch.netboxsim;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.springframework.stereotype.Component;

/** Every request to the simulated API, oldest first. Exists only with {@code netbox.simulator.faults-enabled=true}. */
@Component
@ConditionalOnSimulatorFaults
public class SimulatorJournal {

    private static final int CAPACITY = 10_000;

    private final Deque<JournalEntry> entries = new ArrayDeque<>();

    public synchronized List<JournalEntry> entries() {
        return List.copyOf(entries);
    }

    /** Only POST, PUT, PATCH and DELETE requests. */
    public synchronized List<JournalEntry> writes() {
        return entries.stream().filter(JournalEntry::isWrite).toList();
    }

    public synchronized void clear() {
        entries.clear();
    }

    synchronized void record(JournalEntry entry) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }
}
