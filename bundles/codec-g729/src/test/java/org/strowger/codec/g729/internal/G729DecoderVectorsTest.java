package org.strowger.codec.g729.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Test;

/**
 * Decoder conformance: each ITU-T G.729 Annex A test bitstream X.BIT (ITU serial
 * format) must decode to X.PST byte for byte.
 */
public class G729DecoderVectorsTest {

    private static Path vectorDir() {
        return ItuVectors.file("");
    }

    private static void checkVector(String name) throws IOException {
        Path dir = vectorDir();
        byte[] bit = Files.readAllBytes(dir.resolve(name + ".BIT"));
        byte[] expected = Files.readAllBytes(dir.resolve(name + ".PST"));
        ShortBuffer sb = ByteBuffer.wrap(bit).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer();
        short[] words = new short[sb.remaining()];
        sb.get(words);
        int frames = words.length / G729Constants.SERIAL_SIZE;
        assertTrue(name + ": no frames", frames > 0);

        G729Decoder decoder = new G729Decoder();
        short[] prm = new short[G729Constants.PRM_SIZE];
        short[] pcm = new short[G729Constants.L_FRAME];
        ByteBuffer out = ByteBuffer.allocate(frames * G729Constants.L_FRAME * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int f = 0; f < frames; f++) {
            int base = f * G729Constants.SERIAL_SIZE;
            assertEquals(name + ": sync word of frame " + f, G729Constants.SYNC_WORD, words[base] & 0xffff);
            boolean erased = Bitstream.serialToPrm(words, base + 2, prm);
            decoder.decode(prm, erased, pcm, 0);
            for (short s : pcm) {
                out.putShort(s);
            }
        }
        byte[] actual = out.array();
        assertEquals(name + ": output length", expected.length, actual.length);
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] != expected[i]) {
                fail(name + ": first mismatch in frame " + i / (G729Constants.L_FRAME * 2) + ", sample "
                        + (i % (G729Constants.L_FRAME * 2)) / 2);
            }
        }
    }

    @Test
    public void algthm() throws IOException {
        checkVector("ALGTHM");
    }

    @Test
    public void erasure() throws IOException {
        checkVector("ERASURE");
    }

    @Test
    public void fixed() throws IOException {
        checkVector("FIXED");
    }

    @Test
    public void lsp() throws IOException {
        checkVector("LSP");
    }

    @Test
    public void overflow() throws IOException {
        checkVector("OVERFLOW");
    }

    @Test
    public void parity() throws IOException {
        checkVector("PARITY");
    }

    @Test
    public void pitch() throws IOException {
        checkVector("PITCH");
    }

    @Test
    public void speech() throws IOException {
        checkVector("SPEECH");
    }

    @Test
    public void tame() throws IOException {
        checkVector("TAME");
    }

    @Test
    public void test() throws IOException {
        checkVector("TEST");
    }
}
