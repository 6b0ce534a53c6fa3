package org.strowger.community.protocol;

/**
 * The properties of {@code GET CALL <id> <P>}; {@link #TOPIC} and {@link #TOKEN} can also be set.
 */
public enum CallProperty {
    STATUS, PARTNER_HANDLE, PARTNER_DISPNAME, TYPE, TOPIC, TOKEN, TARGET_IDENTITY, FORWARDED_BY, TRANSFERRED_BY,
    CODEC, DURATION, FAILUREREASON;

    public boolean writable() {
        return this == TOPIC || this == TOKEN;
    }

    public static CallProperty parse(String token) throws ProtocolException {
        for (CallProperty p : values()) {
            if (p.name().equals(token)) {
                return p;
            }
        }
        throw new ProtocolException(ErrorCode.UNKNOWN_PROPERTY, "unknown call property " + token);
    }
}
