package org.strowger.api.dialplan;

/** A dialplan function refused its arguments or a write; the message is Asterisk's warning text. */
public class DialplanFunctionException extends Exception {

    private static final long serialVersionUID = 1L;

    public DialplanFunctionException(String message) {
        super(message);
    }
}
