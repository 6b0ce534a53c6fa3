package org.strowger.codec.alaw.internal;

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
 * A-law against the ITU-T G.191 (STL) sweep vectors in testdata/itu-g711: every 16-bit input, its
 * code, and every code decoded (little-endian 16-bit words, see testdata/README.md).
 */
public class AlawTest {

    private static final int ALL_INPUTS = 65536;

    @Test
    public void encodesEverySampleAsTheItuReference() throws IOException {
        short[] input = vector("sweep.src");
        short[] codes = vector("sweep-r.a");
        for (int i = 0; i < ALL_INPUTS; i++) {
            assertEquals("A-law code of " + input[i], codes[i] & 0xFF, Alaw.encode(input[i]));
        }
    }

    @Test
    public void encodesWholeFramesAsTheItuReference() throws IOException {
        byte[] input = bytes("sweep.src");
        short[] codes = vector("sweep-r.a");
        byte[] out = new byte[ALL_INPUTS];
        Alaw.encode(input, out, ALL_INPUTS);
        for (int i = 0; i < ALL_INPUTS; i++) {
            assertEquals("code " + i, codes[i] & 0xFF, out[i] & 0xFF);
        }
    }

    @Test
    public void decodesEveryCodeAsTheItuReference() throws IOException {
        short[] codes = vector("sweep-r.a");
        short[] decoded = vector("sweep-r.a-a");
        byte[] codeBytes = new byte[ALL_INPUTS];
        for (int i = 0; i < ALL_INPUTS; i++) {
            assertEquals("linear of A-law code " + (codes[i] & 0xFF), decoded[i], Alaw.decode(codes[i]));
            codeBytes[i] = (byte) codes[i];
        }
        byte[] slin = new byte[ALL_INPUTS * 2];
        Alaw.decode(codeBytes, slin, ALL_INPUTS);
        assertTrue("frame decode equals sweep-r.a-a byte for byte",
                java.util.Arrays.equals(bytes("sweep-r.a-a"), slin));
    }

    @Test
    public void theSweepCoversAll256Codes() throws IOException {
        boolean[] seen = new boolean[256];
        for (short code : vector("sweep-r.a")) {
            seen[code & 0xFF] = true;
        }
        for (int code = 0; code < 256; code++) {
            assertTrue("code " + code + " in sweep-r.a", seen[code]);
        }
    }

    @Test
    public void negativeSamplesAreReducedInOnesComplementAsG191Does() {
        // G.191 codes ~x for negative x: -1..-16 share the first negative step with the even bits
        // inverted (0x55), -17 is the next (0x54); 0..15 are the first positive step (0xD5).
        assertEquals(0x55, Alaw.encode((short) -1));
        assertEquals(0x55, Alaw.encode((short) -16));
        assertEquals(0x54, Alaw.encode((short) -17));
        assertEquals(0xD5, Alaw.encode((short) 0));
        assertEquals(0xD5, Alaw.encode((short) 15));
        assertEquals(0x2A, Alaw.encode(Short.MIN_VALUE));
        assertEquals(0xAA, Alaw.encode(Short.MAX_VALUE));
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
