package org.strowger.benchmarks.codec;

import org.strowger.api.media.Format;

/** G.711 alaw to slin. */
public final class AlawToSlinTranslator extends G711Translator {

    public AlawToSlinTranslator() {
        super(Format.ALAW, Format.SLIN);
    }

    @Override
    byte[] convert(byte[] payload) {
        byte[] out = new byte[payload.length * 2];
        G711.alawToSlin(payload, out);
        return out;
    }
}
