package org.strowger.api.channel;

/**
 * A channel could not be requested: no such technology, a malformed dial string, a resource that
 * does not exist or is busy. Carries the Q.850 cause the caller should report ({@code DIALSTATUS},
 * {@code OriginateResponse}).
 */
public class ChannelRequestException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int cause;

    /**
     * @param cause the hangup cause, see {@link HangupCause}
     * @param message what went wrong, for an operator
     */
    public ChannelRequestException(int cause, String message) {
        super(message);
        this.cause = cause;
    }

    public ChannelRequestException(HangupCause cause, String message) {
        this(cause.code(), message);
    }

    /** The Q.850 cause code. */
    public int cause() {
        return cause;
    }
}
