package org.strowger.codec.ulaw.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.Test;

/**
 * mu-law against the ITU-T G.191 (STL) sweep vectors in testdata/itu-g711: every 16-bit input, its
 * code, and every code decoded (little-endian 16-bit words, see testdata/README.md).
 */
public class UlawTest {

    private static final int ALL_INPUTS = 65536;

    @Test
    public void encodesEverySampleAsTheItuReference() throws IOException {
        short[] input = vector("sweep.src");
        short[] codes = vector("sweep-r.u");
        for (int i = 0; i < ALL_INPUTS; i++) {
            assertEquals("mu-law code of " + input[i], codes[i] & 0xFF, Ulaw.encode(input[i]));
        }
    }

    @Test
    public void encodesWholeFramesAsTheItuReference() throws IOException {
        byte[] input = bytes("sweep.src");
        short[] codes = vector("sweep-r.u");
        byte[] out = new byte[ALL_INPUTS];
        Ulaw.encode(input, out, ALL_INPUTS);
        for (int i = 0; i < ALL_INPUTS; i++) {
            assertEquals("code " + i, codes[i] & 0xFF, out[i] & 0xFF);
        }
    }

    @Test
    public void decodesEveryCodeAsTheItuReference() throws IOException {
        short[] codes = vector("sweep-r.u");
        short[] decoded = vector("sweep-r.u-u");
        byte[] codeBytes = new byte[ALL_INPUTS];
        for (int i = 0; i < ALL_INPUTS; i++) {
            assertEquals("linear of mu-law code " + (codes[i] & 0xFF), decoded[i], Ulaw.decode(codes[i]));
            codeBytes[i] = (byte) codes[i];
        }
        byte[] slin = new byte[ALL_INPUTS * 2];
        Ulaw.decode(codeBytes, slin, ALL_INPUTS);
        assertTrue("frame decode equals sweep-r.u-u byte for byte",
                java.util.Arrays.equals(bytes("sweep-r.u-u"), slin));
    }

    @Test
    public void theSweepCoversAll256Codes() throws IOException {
        boolean[] seen = new boolean[256];
        for (short code : vector("sweep-r.u")) {
            seen[code & 0xFF] = true;
        }
        for (int code = 0; code < 256; code++) {
            assertTrue("code " + code + " in sweep-r.u", seen[code]);
        }
    }

    @Test
    public void smallNegativeSamplesRoundAsG191NotAsSunG711() {
        // G.191 takes ~x of negative samples, so -1..-4 are "negative zero" (0x7F) and -5 the first
        // step (0x7E). Sun's g711.c shifts and then negates: -1..-4 become magnitude 1 and encode as
        // 0x7E. The reference is G.191.
        assertEquals(0x7F, Ulaw.encode((short) -1));
        assertEquals(0x7F, Ulaw.encode((short) -4));
        assertEquals(0x7E, Ulaw.encode((short) -5));
        assertEquals(0xFF, Ulaw.encode((short) 0));
        assertEquals(0x00, Ulaw.encode(Short.MIN_VALUE));
        assertEquals(0x80, Ulaw.encode(Short.MAX_VALUE));
    }

    static short[] vector(String name) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes(name)).order(ByteOrder.LITTLE_ENDIAN);
        short[] words = new short[buffer.remaining() / 2];
        buffer.asShortBuffer().get(words);
        assertEquals(name, ALL_INPUTS, words.length);
        return words;
    }

    static byte[] bytes(String name) throws IOException {
        Path file = Paths.get(System.getProperty("strowger.testdata", "../../testdata")).resolve("itu-g711").resolve(name);
        assertTrue("ITU G.711 vector missing: " + file + " (set -Dstrowger.testdata)", Files.isRegularFile(file));
        return Files.readAllBytes(file);
    }
}
