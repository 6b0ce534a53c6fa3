package org.strowger.community.protocol;

/**
 * The properties of {@code GET USER <name> <P>} that are not public profile fields (protocol section 6); the
 * public fields are the {@link ProfileProperty} values with {@link ProfileProperty#visibleToOthers()}.
 * {@link #AUTHREQUEST} is only settable ({@code SET USER <name> AUTHREQUEST IGNORE}).
 */
public enum UserProperty {
    DISPLAYNAME, ONLINESTATUS, BUDDYSTATUS, ISAUTHORIZED, ISBLOCKED, RECEIVEDAUTHREQUEST, IS_VOICEMAIL_CAPABLE,
    IS_CF_ACTIVE, AUTHREQUEST;

    /** Null when the token is none of these (it may still be a public profile field). */
    public static UserProperty of(String token) {
        for (UserProperty p : values()) {
            if (p.name().equals(token)) {
                return p;
            }
        }
        return null;
    }
}
