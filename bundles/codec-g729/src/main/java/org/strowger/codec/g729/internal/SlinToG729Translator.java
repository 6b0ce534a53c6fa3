package org.strowger.codec.g729.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.media.Format;
import org.strowger.api.media.Translator;
import org.strowger.api.media.TranslatorSession;
import org.strowger.api.media.VoiceFrame;
import org.strowger.codec.support.SampleAudio;

/**
 * slin to G.729: collects samples into 10 ms frames and sends every whole frame it has, packed
 * as RFC 3551 says (10 bytes a frame, several frames a payload). Samples short of a frame wait for
 * the next input, as Asterisk's {@code lintog729} buffers them.
 */
@Component(service = Translator.class, property = {Translator.FROM + "=slin", Translator.TO + "=g729"})
public final class SlinToG729Translator extends G729Translator {

    @Activate
    public SlinToG729Translator(@Reference G729CodecChannels channels) {
        super(Format.SLIN, Format.G729, SampleAudio.dialToneSlin(), SampleAudio.SAMPLES, channels);
    }

    @Override
    public TranslatorSession open() {
        channels.encoderOpened();
        return new EncoderSession();
    }

    private final class EncoderSession extends Session {

        private final G729Encoder encoder = new G729Encoder();
        private final short[] pending = new short[SAMPLES_PER_FRAME];
        private int pendingCount;

        @Override
        protected VoiceFrame convert(byte[] payload) {
            if ((payload.length & 1) != 0) {
                warnOnce("frame of " + payload.length + " bytes (odd): dropping the last byte");
            }
            int samples = payload.length / 2;
            int frames = (pendingCount + samples) / SAMPLES_PER_FRAME;
            byte[] out = frames == 0 ? null : new byte[frames * BYTES_PER_FRAME];
            int written = 0;
            for (int i = 0; i < samples; i++) {
                pending[pendingCount++] = (short) ((payload[2 * i] & 0xFF) | (payload[2 * i + 1] << 8));
                if (pendingCount == SAMPLES_PER_FRAME) {
                    encoder.encodePacked(pending, 0, out, written);
                    written += BYTES_PER_FRAME;
                    pendingCount = 0;
                }
            }
            return out == null ? null : new VoiceFrame(Format.G729, out, frames * SAMPLES_PER_FRAME);
        }

        @Override
        protected void reset() {
            encoder.reset();
            pendingCount = 0;
        }

        @Override
        protected void release() {
            channels.encoderClosed();
        }
    }
}
