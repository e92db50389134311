package org.netorch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class LoginCacheTest {

    private static final VerifiedUser ALICE = new VerifiedUser("alice", List.of("network-operators"), List.of());

    private final MutableClock clock = new MutableClock();
    private final LoginCache cache = new LoginCache(Duration.ofSeconds(10), clock);

    @Test
    void aSuccessIsTakenAgainWithinItsTimeToLiveAndNotAfter() {
        cache.remember("alice", "correct horse", ALICE);

        clock.advance(Duration.ofMillis(9_999));
        assertThat(cache.find("alice", "correct horse")).contains(ALICE);
        clock.advance(Duration.ofMillis(1));
        assertThat(cache.find("alice", "correct horse")).isEmpty();
    }

    @Test
    void anotherPasswordOrAnotherUserIsNoHit() {
        cache.remember("alice", "correct horse", ALICE);

        assertThat(cache.find("alice", "correct horse ")).isEmpty();
        assertThat(cache.find("alice", "Correct horse")).isEmpty();
        assertThat(cache.find("alice", "")).isEmpty();
        assertThat(cache.find("bob", "correct horse")).isEmpty();
    }

    @Test
    void theSameCharactersSplitOtherwiseIntoUserAndPasswordAreNoHit() {
        cache.remember("alice", "xsecret", ALICE);

        assertThat(cache.find("alicex", "secret")).isEmpty();
        assertThat(cache.find("alic", "exsecret")).isEmpty();
    }

    @Test
    void manyDistinctLoginsNeverHoldMoreThanTheCap() {
        for (int i = 0; i < LoginCache.MAX_ENTRIES + 10; i++) {
            cache.remember("user" + i, "password", ALICE);
        }

        assertThat(cache.size()).isLessThanOrEqualTo(LoginCache.MAX_ENTRIES);
        assertThat(cache.find("user" + (LoginCache.MAX_ENTRIES + 9), "password")).contains(ALICE);
    }

    @Test
    void expiredLoginsMakeRoomBeforeLiveOnesAreDropped() {
        cache.remember("alice", "correct horse", ALICE);
        clock.advance(Duration.ofSeconds(10));
        for (int i = 1; i < LoginCache.MAX_ENTRIES; i++) {
            cache.remember("user" + i, "password", ALICE);
        }

        cache.remember("bob", "password", ALICE);

        assertThat(cache.find("user1", "password")).contains(ALICE);
        assertThat(cache.find("bob", "password")).contains(ALICE);
    }

    @Test
    void aTimeToLiveOfZeroRemembersNothing() {
        LoginCache uncached = new LoginCache(Duration.ZERO, clock);

        uncached.remember("alice", "correct horse", ALICE);

        assertThat(uncached.find("alice", "correct horse")).isEmpty();
        assertThat(uncached.size()).isZero();
    }
}
