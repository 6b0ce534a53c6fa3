package org.strowger.itests.codec;

import org.strowger.api.media.Format;
import org.strowger.api.media.Translator;
import org.strowger.api.media.TranslatorSession;
import org.strowger.api.media.VoiceFrame;
import org.strowger.chantest.G711;

/**
 * A G.711 translator for the integration tests, standing in for the codec bundles until they
 * exist: slin to and from ulaw or alaw, sample by sample with the Test technology's ITU-exact G.711.
 */
public final class G711Translator implements Translator {

    private final Format from;
    private final Format to;

    public G711Translator(Format from, Format to) {
        if ((from == Format.SLIN) == (to == Format.SLIN)) {
            throw new IllegalArgumentException("G.711 translates between slin and ulaw or alaw, not " + from + " to " + to);
        }
        this.from = from;
        this.to = to;
    }

    @Override
    public Format from() {
        return from;
    }

    @Override
    public Format to() {
        return to;
    }

    @Override
    public TranslatorSession open() {
        return new TranslatorSession() {
            @Override
            public VoiceFrame translate(VoiceFrame in) {
                return from == Format.SLIN ? encode(in) : decode(in);
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public VoiceFrame sample() {
        return new VoiceFrame(from, new byte[from.bytesPer20Ms()], from.samplesPer20Ms());
    }

    private VoiceFrame encode(VoiceFrame in) {
        byte[] linear = in.payload();
        byte[] out = new byte[linear.length / 2];
        for (int i = 0; i < out.length; i++) {
            int sample = (short) ((linear[2 * i] & 0xff) | (linear[2 * i + 1] << 8));
            out[i] = to == Format.ULAW ? G711.linearToUlaw(sample) : G711.linearToAlaw(sample);
        }
        return new VoiceFrame(to, out, out.length);
    }

    private VoiceFrame decode(VoiceFrame in) {
        byte[] coded = in.payload();
        byte[] out = new byte[coded.length * 2];
        for (int i = 0; i < coded.length; i++) {
            short sample = from == Format.ULAW ? G711.ulawToLinear(coded[i]) : G711.alawToLinear(coded[i]);
            out[2 * i] = (byte) sample;
            out[2 * i + 1] = (byte) (sample >> 8);
        }
        return new VoiceFrame(to, out, coded.length);
    }
}
