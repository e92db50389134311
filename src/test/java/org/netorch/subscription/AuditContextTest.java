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
    void everyChangeHasAnActorAndAChannel() {
        assertThatThrownBy(() -> AuditContext.user(" ", "api")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditContext.user("alice", null)).isInstanceOf(NullPointerException.class);
    }
}
