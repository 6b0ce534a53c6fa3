package org.strowger.core.internal.media;

/** A translator failed its measurement; the message says how, for the operator's log. */
public final class UnusableTranslatorException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnusableTranslatorException(String message) {
        super(message);
    }

    public UnusableTranslatorException(String message, Throwable cause) {
        super(message, cause);
    }
}
