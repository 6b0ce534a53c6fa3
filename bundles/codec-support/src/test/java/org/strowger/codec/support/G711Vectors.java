package org.strowger.codec.support;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The ITU-T G.191 (STL) sweep vectors of testdata/itu-g711: every 16-bit input ({@code sweep.src}),
 * its code ({@code sweep-r.u}, {@code sweep-r.a}) and every code decoded ({@code sweep-r.u-u},
 * {@code sweep-r.a-a}), little-endian 16-bit words (see testdata/README.md).
 */
public final class G711Vectors {

    public static final int ALL_INPUTS = 65536;

    private G711Vectors() {
    }

    public static short[] vector(String name) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes(name)).order(ByteOrder.LITTLE_ENDIAN);
        short[] words = new short[buffer.remaining() / 2];
        buffer.asShortBuffer().get(words);
        assertEquals(name, ALL_INPUTS, words.length);
        return words;
    }

    public static byte[] bytes(String name) throws IOException {
        Path file = Paths.get(System.getProperty("strowger.testdata", "../../testdata")).resolve("itu-g711").resolve(name);
        assertTrue("ITU G.711 vector missing: " + file + " (set -Dstrowger.testdata)", Files.isRegularFile(file));
        return Files.readAllBytes(file);
    }

    /** The codes of a vector as one byte each, as a G.711 payload carries them. */
    public static byte[] codeBytes(short[] codes) {
        byte[] out = new byte[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = (byte) codes[i];
        }
        return out;
    }
}
