package org.netorch.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuditContextTest {

    @Test
    void theSystemActsAsItself() {
        assertThat(AuditContext.system()).isEqualTo(new AuditContext("system", "system", null, null));
    }

    @Test
    void aStepKeepsTheActorAndChannel() {
        AuditContext step = AuditContext.user("alice", "api").withStep("proc-1", "userTask_chooseDevice");

        assertThat(step).isEqualTo(new AuditContext("alice", "api", "proc-1", "userTask_chooseDevice"));
    }

    @Test
    void aReasonStaysWithTheStepsOfTheChange() {
        AuditContext why = AuditContext.user("alice", "api").because("checked by hand").withStep("proc-1", null);

        assertThat(why.reason()).isEqualTo("checked by hand");
        assertThat(AuditContext.user("alice", "api").reason()).isNull();
    }

    @Test
    void aReasonFitsTheAuditTrail() {
        AuditContext alice = AuditContext.user("alice", "api");

        assertThat(alice.because("r".repeat(1000)).reason()).hasSize(1000);
        assertThatThrownBy(() -> alice.because("r".repeat(1001))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyChangeHasAnActorAndAChannel() {
        assertThatThrownBy(() -> AuditContext.user(" ", "api")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditContext.user("alice", null)).isInstanceOf(NullPointerException.class);
    }
}
