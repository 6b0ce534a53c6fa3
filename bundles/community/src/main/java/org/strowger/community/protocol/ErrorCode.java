package org.strowger.community.protocol;

/**
 * The codes of {@code #<id> ERROR <code> <text>} replies (protocol section 11).
 */
public enum ErrorCode {
    UNKNOWN_COMMAND(1, "unknown command"),
    LINE_TOO_LONG(2, "line too long (max " + Protocol.MAX_LINE_BYTES + " bytes)"),
    MALFORMED(3, "malformed line"),
    INVALID_ARGUMENT(4, "invalid argument"),
    MISSING_ARGUMENT(5, "missing argument"),
    NOT_LOGGED_IN(6, "not logged in"),
    READ_ONLY(7, "read-only property"),
    UNKNOWN_PROPERTY(8, "unknown property"),
    ALREADY_LOGGED_IN(9, "already logged in"),
    LOGIN_SEQUENCE(10, "AUTH without LOGIN"),
    NO_SUCH_CALL(11, "no such call"),
    CALL_STATE(12, "wrong call state"),
    AUTH_FAILED(401, "wrong user name or password"),
    FORBIDDEN(403, "forbidden"),
    NO_SUCH_USER(404, "no such user"),
    LOCKED(429, "too many failed logins"),
    INTERNAL(500, "internal error");

    private final int code;
    private final String text;

    ErrorCode(int code, String text) {
        this.code = code;
        this.text = text;
    }

    public int code() {
        return code;
    }

    /** The default text, used when nothing more precise can be said. */
    public String text() {
        return text;
    }

    /** The code with this number, or null. */
    public static ErrorCode of(int code) {
        for (ErrorCode c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        return null;
    }
}
