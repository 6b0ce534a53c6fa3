package org.strowger.community.client;

/**
 * A command the community answered with {@code #id ERROR <code> <text>}, or a connection that ended
 * before the reply ({@link #CONNECTION_CLOSED}). The message is {@code "<code> <text>"}, fit to show.
 */
public class CommunityException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Code used when the connection closed before the reply came; not a protocol code. */
    public static final int CONNECTION_CLOSED = -1;
    /** Code used when the server's reply could not be understood; not a protocol code. */
    public static final int BAD_REPLY = -2;

    private final int code;
    private final String text;

    public CommunityException(int code, String text) {
        super(code + " " + text);
        this.code = code;
        this.text = text;
    }

    /** The protocol error code (401, 404, 12, ...) or one of the negative codes of this class. */
    public int code() {
        return code;
    }

    /** The error text without the code. */
    public String text() {
        return text;
    }
}
