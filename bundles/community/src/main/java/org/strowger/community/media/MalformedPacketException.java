package org.strowger.community.media;

/**
 * Thrown when bytes are not a valid RTP packet, telephone-event payload, relay line or WAV file; the
 * message names what was wrong, so that it can be logged or shown to an operator as it is.
 */
public class MalformedPacketException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public MalformedPacketException(String reason) {
        super(reason);
    }
}
