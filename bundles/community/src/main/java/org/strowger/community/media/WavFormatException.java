package org.strowger.community.media;

import java.io.IOException;

/** A file that is not a WAV file this package can read; the message says what was wrong. */
public class WavFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public WavFormatException(String message) {
        super(message);
    }
}
