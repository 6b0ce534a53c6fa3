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
 * G.729 to slin: decodes each 10-byte frame of an RFC 3551 payload. A 2-byte frame is an Annex B
 * silence descriptor, which Annex A does not carry: the decoder conceals it as a lost frame, which
 * fades out the last sound as the ITU's erasure concealment does. Any other stray bytes are dropped.
 */
@Component(service = Translator.class, property = {Translator.FROM + "=g729", Translator.TO + "=slin"})
public final class G729ToSlinTranslator extends G729Translator {

    private static final int SID_BYTES = 2;

    @Activate
    public G729ToSlinTranslator(@Reference G729CodecChannels channels) {
        super(Format.G729, Format.SLIN, dialToneG729(), SampleAudio.SAMPLES, channels);
    }

    /** The core's cost sample: 20 ms of dial tone as G.729, so the decoder works on real speech-like input. */
    private static byte[] dialToneG729() {
        byte[] slin = SampleAudio.dialToneSlin();
        short[] pcm = new short[SampleAudio.SAMPLES];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = (short) ((slin[2 * i] & 0xFF) | (slin[2 * i + 1] << 8));
        }
        G729Encoder encoder = new G729Encoder();
        byte[] coded = new byte[SampleAudio.SAMPLES / SAMPLES_PER_FRAME * BYTES_PER_FRAME];
        for (int frame = 0; frame * SAMPLES_PER_FRAME < pcm.length; frame++) {
            encoder.encodePacked(pcm, frame * SAMPLES_PER_FRAME, coded, frame * BYTES_PER_FRAME);
        }
        return coded;
    }

    @Override
    public TranslatorSession open() {
        channels.decoderOpened();
        return new DecoderSession();
    }

    private final class DecoderSession extends Session {

        private final G729Decoder decoder = new G729Decoder();
        private final short[] pcm = new short[SAMPLES_PER_FRAME];

        @Override
        protected VoiceFrame convert(byte[] payload) {
            int frames = payload.length / BYTES_PER_FRAME;
            int rest = payload.length % BYTES_PER_FRAME;
            boolean sid = rest == SID_BYTES;
            if (rest != 0 && !sid) {
                warnOnce("payload of " + payload.length + " bytes is not whole 10-byte frames: dropping the last " + rest);
            } else if (sid) {
                warnOnce("Annex B silence descriptor received (Annex A only): concealing it as a lost frame");
            }
            int outFrames = frames + (sid ? 1 : 0);
            if (outFrames == 0) {
                return null;
            }
            byte[] out = new byte[outFrames * SAMPLES_PER_FRAME * 2];
            for (int frame = 0; frame < outFrames; frame++) {
                if (frame < frames) {
                    decoder.decodePacked(payload, frame * BYTES_PER_FRAME, pcm, 0);
                } else {
                    decoder.decodeErased(pcm, 0);
                }
                int base = frame * SAMPLES_PER_FRAME * 2;
                for (int i = 0; i < SAMPLES_PER_FRAME; i++) {
                    out[base + 2 * i] = (byte) pcm[i];
                    out[base + 2 * i + 1] = (byte) (pcm[i] >> 8);
                }
            }
            return new VoiceFrame(Format.SLIN, out, outFrames * SAMPLES_PER_FRAME);
        }

        @Override
        protected void reset() {
            decoder.reset();
        }

        @Override
        protected void release() {
            channels.decoderClosed();
        }
    }
}
