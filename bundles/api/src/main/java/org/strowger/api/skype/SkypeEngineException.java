package org.strowger.api.skype;

import java.util.Objects;

/**
 * The engine could not do what was asked. The message is written for an operator (it is what the
 * CLI prints and what an AMI {@code Response: Error} carries) and never holds a password; the
 * {@link Reason} lets callers decide (e.g. chan_skype maps {@link Reason#NO_SUCH_ACCOUNT} on
 * {@code Dial} to a congestion with the message in the log).
 */
public class SkypeEngineException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why it failed. */
    public enum Reason {
        /** The engine has no account of that name. */
        NO_SUCH_ACCOUNT,
        /** The account is not logged in. */
        NOT_LOGGED_IN,
        /** The community does not know the user or call named. */
        NOT_FOUND,
        /** A read-only property was written. */
        READ_ONLY,
        /** A value is not valid for the property or operation. */
        INVALID_VALUE,
        /** The community refused the login (wrong password, not a business account, locked). */
        LOGIN_REFUSED,
        /** The community cannot be reached or the connection broke. */
        COMMUNITY_UNREACHABLE,
        /** The community did not answer in time. */
        TIMEOUT,
        /** The call leg is in a state that does not allow the operation. */
        WRONG_CALL_STATE,
        /** The community answered with another error; its code is in {@link #communityCode()}. */
        COMMUNITY_ERROR
    }

    private final Reason reason;
    private final int communityCode;

    public SkypeEngineException(Reason reason, String message) {
        this(reason, 0, message, null);
    }

    /**
     * @param communityCode the community protocol's error code, 0 when none
     * @param cause what failed underneath, or {@code null}
     */
    public SkypeEngineException(Reason reason, int communityCode, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.communityCode = communityCode;
    }

    public Reason reason() {
        return reason;
    }

    /** The community protocol's error code ({@code ERROR <code> <text>}), 0 when there was none. */
    public int communityCode() {
        return communityCode;
    }
}
