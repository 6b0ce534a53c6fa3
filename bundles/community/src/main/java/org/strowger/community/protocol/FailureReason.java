package org.strowger.community.protocol;

/**
 * The codes of {@code CALL <id> FAILUREREASON <code> <text>} (protocol section 7).
 */
public enum FailureReason {
    MISC(1, "miscellaneous error"),
    NO_SUCH_USER(2, "no such user"),
    USER_OFFLINE(3, "user offline"),
    INSUFFICIENT_FUNDS(4, "insufficient funds"),
    INVALID_NUMBER(5, "invalid number"),
    NO_COMMON_CODEC(6, "no common codec"),
    CONNECTION_LOST(7, "connection lost"),
    TRANSFER_FAILED(8, "transfer failed");

    /** The text of {@link #USER_OFFLINE} when the callee has voicemail set. */
    public static final String USER_OFFLINE_VOICEMAIL = "user offline (voicemail)";

    private final int code;
    private final String text;

    FailureReason(int code, String text) {
        this.code = code;
        this.text = text;
    }

    public int code() {
        return code;
    }

    public String text() {
        return text;
    }

    /** The value of the FAILUREREASON property: {@code <code> <text>}. */
    public String value() {
        return code + " " + text;
    }

    public static FailureReason of(int code) {
        for (FailureReason r : values()) {
            if (r.code == code) {
                return r;
            }
        }
        return null;
    }
}
