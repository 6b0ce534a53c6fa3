package org.strowger.api.media;

import org.osgi.annotation.versioning.ConsumerType;

/** One direction of one call through a {@link Translator}. Used by one thread at a time. */
@ConsumerType
public interface TranslatorSession extends AutoCloseable {

    /**
     * Converts a frame.
     *
     * @param in audio in the translator's source format
     * @return the audio in the target format, or {@code null} while the translator is collecting
     *     input (a codec whose frames are longer than the input)
     */
    VoiceFrame translate(VoiceFrame in);

    /** Releases the session's state; never throws. */
    @Override
    void close();
}
