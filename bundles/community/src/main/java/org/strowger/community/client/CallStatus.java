package org.strowger.community.client;

/** The statuses of one call leg (protocol section 7). */
public enum CallStatus {
    ROUTING,
    RINGING,
    EARLYMEDIA,
    INPROGRESS,
    ONHOLD,
    LOCALHOLD,
    REMOTEHOLD,
    FINISHED,
    BUSY,
    NOANSWER,
    FAILED,
    REFUSED,
    CANCELLED,
    MISSED,
    TRANSFERRED;

    /** Whether the leg is over (exactly one final status is sent per leg). */
    public boolean isFinal() {
        return ordinal() >= FINISHED.ordinal();
    }

    /** Whether media flows or could flow (answered and not over). */
    public boolean isAnswered() {
        return this == INPROGRESS || this == ONHOLD || this == LOCALHOLD || this == REMOTEHOLD;
    }

    /** The status of a protocol word, or null for a word this client does not know. */
    public static CallStatus parse(String word) {
        try {
            return valueOf(word);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
