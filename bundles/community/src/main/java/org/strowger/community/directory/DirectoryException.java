package org.strowger.community.directory;

/**
 * A directory operation was refused. The message is meant for the user or operator as it is (no stack
 * trace); {@link #reason()} tells the server which protocol error to answer with.
 */
public final class DirectoryException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why an operation was refused, with the protocol error code the server is expected to use. */
    public enum Reason {
        /** {@code ERROR 404 no such user <name>}. */
        NO_SUCH_USER(404),
        /** {@code ERROR 7 ... read-only} (SET of an RO profile property). */
        READ_ONLY(7),
        /** A value that breaks the property's rules (birthday not yyyymmdd, gender not 0/1/2, too long, ...). */
        INVALID_VALUE(8),
        /** An unknown property name. */
        UNKNOWN_PROPERTY(9),
        /** The operation makes no sense for this pair (adding oneself, authorising a SkypeOut number, ...). */
        NOT_ALLOWED(403),
        /** Creating something that already exists (an account, a SkypeIn number). */
        ALREADY_EXISTS(409);

        private final int code;

        Reason(int code) {
            this.code = code;
        }

        /** The error code for {@code #id ERROR <code> <message>}. */
        public int code() {
            return code;
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

    static DirectoryException noSuchUser(String name) {
        return new DirectoryException(Reason.NO_SUCH_USER, "no such user " + name);
    }
}
