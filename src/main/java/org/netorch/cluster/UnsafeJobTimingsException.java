package org.netorch.cluster;

import java.util.List;

class UnsafeJobTimingsException extends IllegalStateException {

    private final List<String> violations;

    UnsafeJobTimingsException(List<String> violations) {
        super(String.join("; ", violations));
        this.violations = List.copyOf(violations);
    }

    List<String> violations() {
        return violations;
    }
}
