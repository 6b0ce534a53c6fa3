package org.strowger.benchmarks.codec;

import org.strowger.api.media.Format;

/** slin to G.711 alaw. */
public final class SlinToAlawTranslator extends G711Translator {

    public SlinToAlawTranslator() {
        super(Format.SLIN, Format.ALAW);
    }

    @Override
    byte[] convert(byte[] payload) {
        byte[] out = new byte[payload.length / 2];
        G711.slinToAlaw(payload, out);
        return out;
    }
}
