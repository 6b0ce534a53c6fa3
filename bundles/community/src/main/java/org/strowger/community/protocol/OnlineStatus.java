package org.strowger.community.protocol;

/**
 * What others see of an account ({@code USER <name> ONLINESTATUS <X>}), protocol section 6.
 */
public enum OnlineStatus {
    ONLINE, AWAY, NA, DND, SKYPEME, OFFLINE,
    /** Not sent by this server; kept because clients must expect it. */
    UNKNOWN,
    /** A phone number (SkypeOut contact). */
    SKYPEOUT;

    public static OnlineStatus parse(String token) throws ProtocolException {
        for (OnlineStatus s : values()) {
            if (s.name().equals(token)) {
                return s;
            }
        }
        throw new ProtocolException(ErrorCode.INVALID_ARGUMENT, "invalid ONLINESTATUS " + token);
    }
}
