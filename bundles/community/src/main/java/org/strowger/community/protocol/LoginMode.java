package org.strowger.community.protocol;

/**
 * Who logs in ({@code LOGIN <user> <PBX|DESKTOP> <nonce>}): only business accounts may use {@link #PBX}.
 */
public enum LoginMode {
    PBX, DESKTOP;

    public static LoginMode parse(String token) throws ProtocolException {
        for (LoginMode m : values()) {
            if (m.name().equals(token)) {
                return m;
            }
        }
        throw new ProtocolException(ErrorCode.INVALID_ARGUMENT, "invalid login mode " + token + " (PBX or DESKTOP)");
    }
}
