package org.strowger.codec.support;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.strowger.codec.support.G711Vectors.ALL_INPUTS;
import static org.strowger.codec.support.G711Vectors.bytes;
import static org.strowger.codec.support.G711Vectors.vector;

import java.io.IOException;

import org.junit.Test;

/**
 * What each G.711 law must do, against the ITU-T G.191 sweep vectors: every 16-bit input encodes to the
 * reference's code, sample by sample and a frame at a time, and every code decodes to the reference's
 * linear value. A law's test extends this and adds the law's own rounding cases.
 */
public abstract class G711LawContract {

    /** How messages name the law, e.g. {@code mu-law}. */
    protected abstract String law();

    /** The reference codes of the law: {@code sweep-r.u} or {@code sweep-r.a}. */
    protected abstract String codesVector();

    /** The reference decodes of those codes: {@code sweep-r.u-u} or {@code sweep-r.a-a}. */
    protected abstract String decodedVector();

    protected abstract int encode(short sample);

    protected abstract short decode(int code);

    /** The frame encoder, slin bytes to codes. */
    protected abstract Conversion frameEncoder();

    /** The frame decoder, codes to slin bytes. */
    protected abstract Conversion frameDecoder();

    @Test
    public void encodesEverySampleAsTheItuReference() throws IOException {
        short[] input = vector("sweep.src");
        short[] codes = vector(codesVector());
        for (int i = 0; i < ALL_INPUTS; i++) {
            assertEquals(law() + " code of " + input[i], codes[i] & 0xFF, encode(input[i]));
        }
    }

    @Test
    public void encodesWholeFramesAsTheItuReference() throws IOException {
        byte[] input = bytes("sweep.src");
        short[] codes = vector(codesVector());
        byte[] out = new byte[ALL_INPUTS];
        frameEncoder().convert(input, out, ALL_INPUTS);
        for (int i = 0; i < ALL_INPUTS; i++) {
            assertEquals("code " + i, codes[i] & 0xFF, out[i] & 0xFF);
        }
    }

    @Test
    public void decodesEveryCodeAsTheItuReference() throws IOException {
        short[] codes = vector(codesVector());
        short[] decoded = vector(decodedVector());
        for (int i = 0; i < ALL_INPUTS; i++) {
            assertEquals("linear of " + law() + " code " + (codes[i] & 0xFF), decoded[i], decode(codes[i]));
        }
        byte[] slin = new byte[ALL_INPUTS * 2];
        frameDecoder().convert(G711Vectors.codeBytes(codes), slin, ALL_INPUTS);
        assertArrayEquals("frame decode equals " + decodedVector() + " byte for byte", bytes(decodedVector()), slin);
    }

    @Test
    public void theSweepCoversAll256Codes() throws IOException {
        boolean[] seen = new boolean[256];
        for (short code : vector(codesVector())) {
            seen[code & 0xFF] = true;
        }
        for (int code = 0; code < 256; code++) {
            assertTrue("code " + code + " in " + codesVector(), seen[code]);
        }
    }
}
