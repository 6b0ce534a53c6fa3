package org.strowger.community.protocol;

/**
 * A command that cannot be carried out for a reason the client must be told: becomes
 * {@code #<id> ERROR <code> <message>}.
 */
public class ProtocolException extends Exception {
    private static final long serialVersionUID = 1L;
    private final ErrorCode code;

    public ProtocolException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ProtocolException(ErrorCode code) {
        this(code, code.text());
    }

    public ErrorCode code() {
        return code;
    }

    /** The reply body: {@code ERROR <code> <text>}. */
    public String toReply() {
        return "ERROR " + code.code() + " " + getMessage();
    }
}
