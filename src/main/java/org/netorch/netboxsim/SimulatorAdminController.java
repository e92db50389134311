package org.netorch.netboxsim;

import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Fault injection, the request journal and reset over HTTP, for browser tests and people (same token as the API). */
@RestController
@ConditionalOnSimulatorFaults
@RequestMapping("/netbox/_sim")
class SimulatorAdminController {

    /** A fault as JSON; {@code times} defaults to 1, {@code delayMillis} to 0. */
    record FaultRequest(String method, String pathPattern, SimulatedFault.Mode mode, Integer status, Integer times,
            Long delayMillis) {

        SimulatedFault toFault() {
            return new SimulatedFault(method == null ? "*" : method, pathPattern, mode,
                    status == null ? 0 : status, times == null ? 1 : times,
                    Duration.ofMillis(delayMillis == null ? 0 : delayMillis));
        }
    }

    private final SimulatorFaults faults;
    private final SimulatorJournal journal;
    private final SimulatorState state;

    SimulatorAdminController(SimulatorFaults faults, SimulatorJournal journal, SimulatorState state) {
        this.faults = faults;
        this.journal = journal;
        this.state = state;
    }

    @PostMapping("/faults")
    ResponseEntity<Object> inject(@RequestBody FaultRequest request) {
        try {
            SimulatedFault fault = request.toFault();
            faults.inject(fault);
            return ResponseEntity.status(HttpStatus.CREATED).body(fault);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw NetBoxApiError.detail(400, "Invalid fault: " + e.getMessage());
        }
    }

    @GetMapping("/faults")
    List<SimulatedFault> pendingFaults() {
        return faults.pending();
    }

    @DeleteMapping("/faults")
    ResponseEntity<Void> clearFaults() {
        faults.clear();
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/requests")
    List<JournalEntry> requests() {
        return journal.entries();
    }

    @DeleteMapping("/requests")
    ResponseEntity<Void> clearRequests() {
        journal.clear();
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/reset")
    ResponseEntity<Void> reset() {
        state.reset();
        return ResponseEntity.noContent().build();
    }
}
