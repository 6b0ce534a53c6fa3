package org.strowger.community.protocol;

/**
 * {@code CALL <id> TYPE <X>}.
 */
public enum CallType {
    INCOMING_P2P, INCOMING_PSTN, OUTGOING_P2P, OUTGOING_PSTN;

    public boolean isIncoming() {
        return this == INCOMING_P2P || this == INCOMING_PSTN;
    }

    public static CallType parse(String token) throws ProtocolException {
        for (CallType t : values()) {
            if (t.name().equals(token)) {
                return t;
            }
        }
        throw new ProtocolException(ErrorCode.INVALID_ARGUMENT, "invalid call TYPE " + token);
    }
}
