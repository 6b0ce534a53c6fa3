package org.strowger.benchmarks.codec;

import org.strowger.api.media.Format;

/** G.711 ulaw to slin. */
public final class UlawToSlinTranslator extends G711Translator {

    public UlawToSlinTranslator() {
        super(Format.ULAW, Format.SLIN);
    }

    @Override
    byte[] convert(byte[] payload) {
        byte[] out = new byte[payload.length * 2];
        G711.ulawToSlin(payload, out);
        return out;
    }
}
