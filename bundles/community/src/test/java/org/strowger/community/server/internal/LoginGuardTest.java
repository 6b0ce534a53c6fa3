package org.strowger.community.server.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** The failed-login rules of protocol section 3 on a fake clock. */
public class LoginGuardTest {
    private long now = 1_000_000;
    private final LoginGuard guard = new LoginGuard(1000, 8000, 5, 60_000, 60_000, () -> now);

    @Test
    public void delayDoublesPerConsecutiveFailureUpToTheMaximum() {
        long[] expected = {1000, 2000, 4000, 8000};
        for (long e : expected) {
            assertEquals(e, guard.failed("james_bond", "10.0.0.1"));
            now += 61_000; // outside the window: no lock, but still consecutive
        }
        assertEquals(8000, guard.failed("james_bond", "10.0.0.1"));
        assertEquals(0, guard.lockedFor("james_bond", "10.0.0.1"));
    }

    @Test
    public void fiveFailuresWithinAMinuteLockAccountAndAddressForAMinute() {
        for (int i = 0; i < 4; i++) {
            guard.failed("james_bond", "10.0.0.1");
            now += 1000;
        }
        assertEquals(0, guard.lockedFor("james_bond", "10.0.0.1"));
        guard.failed("james_bond", "10.0.0.1");
        assertEquals(60_000, guard.lockedFor("james_bond", "10.0.0.1"));
        // another address or another account is not locked
        assertEquals(0, guard.lockedFor("james_bond", "10.0.0.2"));
        assertEquals(0, guard.lockedFor("austin_powers", "10.0.0.1"));
        now += 59_000;
        assertEquals(1000, guard.lockedFor("james_bond", "10.0.0.1"));
        now += 1000;
        assertEquals(0, guard.lockedFor("james_bond", "10.0.0.1"));
    }

    @Test
    public void successForgetsFailures() {
        guard.failed("james_bond", "10.0.0.1");
        guard.failed("james_bond", "10.0.0.1");
        guard.succeeded("james_bond", "10.0.0.1");
        assertEquals(1000, guard.failed("james_bond", "10.0.0.1"));
    }

    @Test
    public void expireDropsOldEntries() {
        guard.failed("james_bond", "10.0.0.1");
        now += 120_000;
        guard.expire();
        assertEquals(1000, guard.failed("james_bond", "10.0.0.1"));
    }
}
