package org.strowger.skype.engine.internal.link;

/** A community command or login failed: an {@code ERROR <code> <text>} reply (code > 0) or a transport failure (code 0). */
public final class LinkException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Codes of the community protocol the engine reacts to. */
    public static final int TRANSPORT = 0;
    public static final int READ_ONLY = 7;
    public static final int INVALID = 4;
    public static final int NO_SUCH_CALL = 11;
    public static final int WRONG_CALL_STATE = 12;
    public static final int UNAUTHORIZED = 401;
    public static final int FORBIDDEN = 403;
    public static final int NO_SUCH_USER = 404;
    public static final int LOCKED = 429;
    /** Not a protocol code: the community did not answer in time. */
    public static final int TIMEOUT = -1;

    private final int code;

    public LinkException(int code, String message) {
        super(message);
        this.code = code;
    }

    public LinkException(String message, Throwable cause) {
        super(message, cause);
        this.code = TRANSPORT;
    }

    public int code() {
        return code;
    }

    /** Whether a login that failed this way is worth retrying by itself (the network, not the credentials). */
    public boolean isTransient() {
        return code == TRANSPORT || code == TIMEOUT || code >= 500;
    }
}
