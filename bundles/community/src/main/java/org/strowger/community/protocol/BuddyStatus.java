package org.strowger.community.protocol;

/**
 * An entry of one's buddy list ({@code USER <name> BUDDYSTATUS <n>}), protocol section 6.
 */
public enum BuddyStatus {
    NEVER(0), DELETED(1), PENDING(2), ADDED(3);

    private final int code;

    BuddyStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The token on the wire: the number. */
    public String token() {
        return Integer.toString(code);
    }

    public static BuddyStatus of(int code) {
        for (BuddyStatus s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        return null;
    }

    public static BuddyStatus parse(String token) throws ProtocolException {
        if (token.length() == 1) {
            BuddyStatus s = of(token.charAt(0) - '0');
            if (s != null) {
                return s;
            }
        }
        throw new ProtocolException(ErrorCode.INVALID_ARGUMENT, "invalid BUDDYSTATUS " + token + " (0-3)");
    }
}
