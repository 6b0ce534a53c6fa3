package org.strowger.api.skype;

import java.util.Locale;
import java.util.Optional;

/**
 * The status of a call leg, named as the community protocol's {@code CALL <id> STATUS} notifications
 * name them (the Skype desktop API's call statuses).
 */
public enum CallStatus {
    /** Placed; the community is finding the callee. */
    ROUTING(false),
    /** Ringing at the callee (outgoing) or offered to the account (incoming). */
    RINGING(false),
    /** Early media (a SkypeOut number's ring-back or announcement) before the answer. */
    EARLYMEDIA(false),
    /** Answered; media flow. */
    INPROGRESS(false),
    /** On hold. */
    ONHOLD(false),
    /** Held by this side. */
    LOCALHOLD(false),
    /** Held by the other side. */
    REMOTEHOLD(false),
    /** Ended normally after the answer. */
    FINISHED(true),
    BUSY(true),
    /** The callee did not answer in time. */
    NOANSWER(true),
    /** Could not be set up; the reason comes with the end ({@link CallEnd#failureCode()}). */
    FAILED(true),
    /** The callee rejected it, or has blocked the caller. */
    REFUSED(true),
    /** The caller gave up before the answer. */
    CANCELLED(true),
    /** An incoming leg that was not answered here (no answer, or another session answered first). */
    MISSED(true),
    /** Handed to another party by a blind transfer. */
    TRANSFERRED(true);

    private final boolean terminal;

    CallStatus(boolean terminal) {
        this.terminal = terminal;
    }

    /** Whether the leg has ended. */
    public boolean isTerminal() {
        return terminal;
    }

    /** Whether the call has been answered and not ended. */
    public boolean isUp() {
        return this == INPROGRESS || this == ONHOLD || this == LOCALHOLD || this == REMOTEHOLD;
    }

    /** The protocol token, e.g. {@code INPROGRESS}. */
    public String token() {
        return name();
    }

    /** The status with this protocol token, ignoring case. */
    public static Optional<CallStatus> parse(String token) {
        if (token == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(token.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
