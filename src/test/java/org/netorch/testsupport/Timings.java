package org.netorch.testsupport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Wall times of repeated runs, printed as one line a benchmark run can be compared by. */
public final class Timings {

    private final String what;
    private final List<Long> millis = new ArrayList<>();

    public Timings(String what) {
        this.what = what;
    }

    public void add(long nanos) {
        millis.add(nanos / 1_000_000);
    }

    public String summary() {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int n = sorted.size();
        return String.format("BENCHMARK %s on %s: median %d ms, p90 %d ms, min %d ms, max %d ms over %d runs", what,
                System.getProperty("it.database", "h2"), sorted.get(n / 2), sorted.get(n * 9 / 10), sorted.get(0),
                sorted.get(n - 1), n);
    }
}
