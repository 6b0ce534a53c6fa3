package org.strowger.community.protocol;

/**
 * A line that cannot be parsed. Carries the line's id when it had a valid one, so that the error can be
 * correlated; otherwise the error reply goes without id.
 */
public class MalformedLineException extends ProtocolException {
    private static final long serialVersionUID = 1L;
    private final String id;

    public MalformedLineException(ErrorCode code, String message, String id) {
        super(code, message);
        this.id = id;
    }

    /** The line's id, or null. */
    public String id() {
        return id;
    }

    /** The whole error line: {@code #id ERROR <code> <text>} or {@code ERROR <code> <text>}. */
    public String toErrorLine() {
        return id == null ? toReply() : "#" + id + " " + toReply();
    }
}
