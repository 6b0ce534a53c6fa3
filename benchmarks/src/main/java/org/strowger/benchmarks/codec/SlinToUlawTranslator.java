package org.strowger.benchmarks.codec;

import org.strowger.api.media.Format;

/** slin to G.711 ulaw. */
public final class SlinToUlawTranslator extends G711Translator {

    public SlinToUlawTranslator() {
        super(Format.SLIN, Format.ULAW);
    }

    @Override
    byte[] convert(byte[] payload) {
        byte[] out = new byte[payload.length / 2];
        G711.slinToUlaw(payload, out);
        return out;
    }
}
