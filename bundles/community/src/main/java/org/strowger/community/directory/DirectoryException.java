package org.strowger.community.directory;

import org.strowger.community.protocol.ErrorCode;
import org.strowger.community.protocol.ProtocolException;

/**
 * A directory operation was refused. The message is meant for the user or operator as it is (no stack
 * trace); {@link #reason()} tells the server which protocol error to answer with.
 */
public final class DirectoryException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why an operation was refused, with the protocol error the server answers it with. */
    public enum Reason {
        /** {@code ERROR 404 no such user <name>}. */
        NO_SUCH_USER(ErrorCode.NO_SUCH_USER),
        /** {@code ERROR 7 ... read-only} (SET of an RO profile property). */
        READ_ONLY(ErrorCode.READ_ONLY),
        /** A value that breaks the property's rules (birthday not yyyymmdd, gender not 0/1/2, too long, ...). */
        INVALID_VALUE(ErrorCode.INVALID_ARGUMENT),
        /** An unknown property name. */
        UNKNOWN_PROPERTY(ErrorCode.UNKNOWN_PROPERTY),
        /** The operation makes no sense for this pair (adding oneself, authorising a SkypeOut number, ...). */
        NOT_ALLOWED(ErrorCode.FORBIDDEN),
        /** Creating something that already exists (an account, a SkypeIn number); the protocol has no code for it. */
        ALREADY_EXISTS(ErrorCode.INVALID_ARGUMENT);

        private final ErrorCode errorCode;

        Reason(ErrorCode errorCode) {
            this.errorCode = errorCode;
        }

        /** The error of {@code #id ERROR <code> <message>}. */
        public ErrorCode errorCode() {
            return errorCode;
        }

        /** The reason of a protocol refusal that the directory passes on (a profile value's check). */
        static Reason of(ErrorCode code) {
            for (Reason r : values()) {
                if (r.errorCode == code) {
                    return r;
                }
            }
            throw new IllegalArgumentException("no directory reason for protocol error " + code);
        }
    }

    private final Reason reason;

    public DirectoryException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The directory refuses for the protocol's reason and with its message (profile values are checked there). */
    public static DirectoryException of(ProtocolException e) {
        return new DirectoryException(Reason.of(e.code()), e.getMessage());
    }

    static DirectoryException noSuchUser(String name) {
        return new DirectoryException(Reason.NO_SUCH_USER, "no such user " + name);
    }
}
