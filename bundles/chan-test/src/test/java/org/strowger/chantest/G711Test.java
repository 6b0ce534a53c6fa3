package org.strowger.chantest;

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
 * G.711 against the ITU-T G.191 (STL) sweep vectors: every 16-bit input, its code, and the code
 * decoded back (see testdata/README.md at the top of the repository; the files are little-endian 16-bit words).
 */
public class G711Test {

    private static final int ALL_INPUTS = 65536;

    @Test
    public void ulawEncodesEverySampleAsTheItuReference() throws IOException {
        short[] input = vector("sweep.src");
        short[] codes = vector("sweep-r.u");
        for (int i = 0; i < ALL_INPUTS; i++) {
            assertEquals("mu-law code of " + input[i], codes[i] & 0xFF, G711.linearToUlaw(input[i]) & 0xFF);
        }
    }

    @Test
    public void ulawDecodesEveryCodeAsTheItuReference() throws IOException {
        short[] codes = vector("sweep-r.u");
        short[] decoded = vector("sweep-r.u-u");
        for (int i = 0; i < ALL_INPUTS; i++) {
            assertEquals("linear of mu-law code " + (codes[i] & 0xFF), decoded[i], G711.ulawToLinear((byte) codes[i]));
        }
    }

    @Test
    public void alawEncodesEverySampleAsTheItuReference() throws IOException {
        short[] input = vector("sweep.src");
        short[] codes = vector("sweep-r.a");
        for (int i = 0; i < ALL_INPUTS; i++) {
            assertEquals("A-law code of " + input[i], codes[i] & 0xFF, G711.linearToAlaw(input[i]) & 0xFF);
        }
    }

    @Test
    public void alawDecodesEveryCodeAsTheItuReference() throws IOException {
        short[] codes = vector("sweep-r.a");
        short[] decoded = vector("sweep-r.a-a");
        for (int i = 0; i < ALL_INPUTS; i++) {
            assertEquals("linear of A-law code " + (codes[i] & 0xFF), decoded[i], G711.alawToLinear((byte) codes[i]));
        }
    }

    @Test
    public void everyCodeSurvivesDecodeAndEncodeExceptMuLawNegativeZero() {
        for (int code = 0; code < 256; code++) {
            assertEquals("A-law " + code, code, G711.linearToAlaw(G711.alawToLinear((byte) code)) & 0xFF);
            // 0x7F is mu-law's "-0": it decodes to 0, which encodes as "+0" (0xFF)
            int expected = code == 0x7F ? 0xFF : code;
            assertEquals("mu-law " + code, expected, G711.linearToUlaw(G711.ulawToLinear((byte) code)) & 0xFF);
        }
    }

    @Test
    public void samplesBeyondSixteenBitsSaturate() {
        assertEquals(G711.linearToUlaw(Short.MAX_VALUE), G711.linearToUlaw(100_000));
        assertEquals(G711.linearToAlaw(Short.MIN_VALUE), G711.linearToAlaw(-100_000));
    }

    /** The reference files as 16-bit samples. */
    private static short[] vector(String name) throws IOException {
        Path file = testdata().resolve("itu-g711").resolve(name);
        assertTrue("ITU G.711 vector missing: " + file + " (set -Dstrowger.testdata)", Files.isRegularFile(file));
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        short[] words = new short[bytes.remaining() / 2];
        bytes.asShortBuffer().get(words);
        assertEquals(name, ALL_INPUTS, words.length);
        return words;
    }

    private static Path testdata() {
        return Paths.get(System.getProperty("strowger.testdata", "../../testdata"));
    }
}
