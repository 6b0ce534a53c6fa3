package org.strowger.community.protocol;

/**
 * The status of one leg of a call ({@code CALL <id> STATUS <X>}), protocol section 7.
 */
public enum CallStatus {
    ROUTING, RINGING,
    /** Reserved: not sent by this server. */
    EARLYMEDIA,
    INPROGRESS,
    /** Both sides put the call on hold. */
    ONHOLD,
    /** This side put the call on hold. */
    LOCALHOLD,
    /** The partner put the call on hold. */
    REMOTEHOLD,
    FINISHED, BUSY, NOANSWER, FAILED, REFUSED, CANCELLED, MISSED, TRANSFERRED;

    /** A final status: the leg is over and its id answers only GET. */
    public boolean isFinal() {
        return ordinal() >= FINISHED.ordinal();
    }

    /** Answered and not over: media flows (or is held). */
    public boolean isTalking() {
        return this == INPROGRESS || this == ONHOLD || this == LOCALHOLD || this == REMOTEHOLD;
    }

    public static CallStatus parse(String token) throws ProtocolException {
        for (CallStatus s : values()) {
            if (s.name().equals(token)) {
                return s;
            }
        }
        throw new ProtocolException(ErrorCode.INVALID_ARGUMENT, "invalid call STATUS " + token);
    }
}
