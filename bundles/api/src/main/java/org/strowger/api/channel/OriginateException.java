package org.strowger.api.channel;

/**
 * An originate refused before dialing, with AMI's message: {@code Invalid channel},
 * {@code Extension does not exist.}.
 */
public class OriginateException extends Exception {

    private static final long serialVersionUID = 1L;

    public OriginateException(String message) {
        super(message);
    }
}
