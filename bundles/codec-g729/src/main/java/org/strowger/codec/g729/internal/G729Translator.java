package org.strowger.codec.g729.internal;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.media.Format;
import org.strowger.api.media.Translator;
import org.strowger.api.media.TranslatorSession;
import org.strowger.api.media.VoiceFrame;

/**
 * What the two G.729 translators share: their formats, the cost sample, and sessions that count
 * themselves as G.729 channels and never let a fault escape into a call. A session holds one encoder
 * or decoder state: G.729 predicts each frame from the ones before.
 */
abstract class G729Translator implements Translator {

    static final int SAMPLES_PER_FRAME = 80;
    static final int BYTES_PER_FRAME = 10;

    private static final Logger LOG = LoggerFactory.getLogger(G729Translator.class);

    private final Format from;
    private final Format to;
    private final VoiceFrame sample;
    final G729CodecChannels channels;

    G729Translator(Format from, Format to, byte[] sample, int sampleSamples, G729CodecChannels channels) {
        this.from = from;
        this.to = to;
        this.sample = new VoiceFrame(from, sample, sampleSamples);
        this.channels = Objects.requireNonNull(channels, "channels");
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

    /** One direction of one call; subclasses convert the payload of frames already checked. */
    abstract class Session implements TranslatorSession {

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
                // A codec fault must cost this frame, never the call: start the state afresh.
                warnOnce("codec fault on a frame of " + in.payload().length + " bytes, state reset: " + e);
                reset();
                return null;
            }
        }

        abstract VoiceFrame convert(byte[] payload);

        abstract void reset();

        abstract void release();

        final void warnOnce(String what) {
            // Once per session: a broken peer sends 50 such frames a second.
            if (!warned) {
                warned = true;
                LOG.warn("{}: {}", G729Translator.this, what);
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
