package org.strowger.codec.support;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.media.Format;
import org.strowger.api.media.Translator;
import org.strowger.api.media.TranslatorSession;
import org.strowger.api.media.VoiceFrame;

/**
 * What every codec translator shares: its two formats, the 20 ms sample the core measures its cost
 * with, and sessions that never let bad input or a codec fault escape into a call. A frame in another
 * format is dropped, a fault costs its frame and starts the session's state afresh; either is logged
 * once per session, since a broken peer sends 50 such frames a second.
 */
public abstract class CodecTranslator implements Translator {

    private static final Logger LOG = LoggerFactory.getLogger(CodecTranslator.class);

    private final Format from;
    private final Format to;
    private final VoiceFrame sample;

    /**
     * @param sample 20 ms of typical audio in {@code from}
     * @param sampleSamples how many samples of audio {@code sample} holds
     */
    protected CodecTranslator(Format from, Format to, byte[] sample, int sampleSamples) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.sample = new VoiceFrame(from, sample, sampleSamples);
    }

    @Override
    public final Format from() {
        return from;
    }

    @Override
    public final Format to() {
        return to;
    }

    @Override
    public final VoiceFrame sample() {
        return sample;
    }

    @Override
    public String toString() {
        return from + "->" + to;
    }

    /** One direction of one call; subclasses convert payloads already known to be in {@code from}. */
    protected abstract class Session implements TranslatorSession {

        private boolean warned;
        private boolean closed;

        @Override
        public final VoiceFrame translate(VoiceFrame in) {
            if (closed) {
                return null;
            }
            if (in == null || in.format() != from) {
                warnOnce("dropping a frame in " + (in == null ? "null" : in.format().name()) + ", expected " + from.name());
                return null;
            }
            try {
                return convert(in.payload());
            } catch (RuntimeException e) {
                warnOnce("codec fault on a frame of " + in.payload().length + " bytes, state reset: " + e);
                reset();
                return null;
            }
        }

        /** The payload in the target format, or null while collecting input for a whole codec frame. */
        protected abstract VoiceFrame convert(byte[] payload);

        /** Forgets everything the session learnt from earlier frames. */
        protected void reset() {
            // stateless by default
        }

        /** Gives back what the session held; called once, on the first close. */
        protected void release() {
            // nothing held by default
        }

        protected final void warnOnce(String what) {
            if (!warned) {
                warned = true;
                LOG.warn("{}: {}", CodecTranslator.this, what);
            }
        }

        @Override
        public final void close() {
            if (!closed) {
                closed = true;
                release();
            }
        }
    }
}
