package org.strowger.community.protocol;

/**
 * What an account chooses to show ({@code SET USERSTATUS <X>}), protocol section 5.
 */
public enum Availability {
    ONLINE, AWAY, NA, DND, INVISIBLE, SKYPEME, OFFLINE;

    /** What others see while the account has at least one session: invisible looks offline. */
    public OnlineStatus shown() {
        switch (this) {
            case ONLINE: return OnlineStatus.ONLINE;
            case AWAY: return OnlineStatus.AWAY;
            case NA: return OnlineStatus.NA;
            case DND: return OnlineStatus.DND;
            case SKYPEME: return OnlineStatus.SKYPEME;
            default: return OnlineStatus.OFFLINE;
        }
    }

    /** The availability of this token, or throws {@link ProtocolException} naming the allowed ones. */
    public static Availability parse(String token) throws ProtocolException {
        for (Availability a : values()) {
            if (a.name().equals(token)) {
                return a;
            }
        }
        throw new ProtocolException(ErrorCode.INVALID_ARGUMENT,
                "invalid USERSTATUS " + token + " (ONLINE AWAY NA DND INVISIBLE SKYPEME OFFLINE)");
    }
}
