package org.strowger.codec.g729.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

import org.junit.Test;

/**
 * The ITU-T G.729 Annex A encoder test vectors: each X.IN (16-bit little
 * endian PCM) encoded frame by frame must give X.BIT (ITU serial format:
 * per frame the sync word, the size word and 80 bit words) byte for byte.
 * A trailing partial frame of the input is ignored, as the reference coder
 * does.
 */
public class G729EncoderVectorsTest {

    private static final int FRAME_BYTES = 2 * G729Constants.L_FRAME;
    private static final int SERIAL_BYTES = 2 * G729Constants.SERIAL_SIZE;

    private static File vectorDir() {
        return ItuVectors.file("").toFile();
    }

    /** Encodes {@code name}.IN and compares with {@code name}.BIT. */
    static void checkVector(String name) throws IOException {
        File dir = vectorDir();
        byte[] in = Files.readAllBytes(new File(dir, name + ".IN").toPath());
        byte[] expected = Files.readAllBytes(new File(dir, name + ".BIT").toPath());
        int frames = in.length / FRAME_BYTES;
        assertEquals(name + ": frame count", expected.length / SERIAL_BYTES, frames);
        assertEquals(name + ": whole frames in .BIT", 0, expected.length % SERIAL_BYTES);

        byte[] actual = encodeToSerialBytes(in, frames);
        assertEquals(name + ": output length", expected.length, actual.length);
        for (int f = 0; f < frames; f++) {
            int base = f * SERIAL_BYTES;
            for (int b = 0; b < SERIAL_BYTES; b++) {
                if (actual[base + b] != expected[base + b]) {
                    fail(name + ": first mismatch in frame " + f + " (serial word " + (b / 2)
                            + ", i.e. bit " + (b / 2 - 2) + " of the frame)\n expected prm "
                            + prmString(expected, base) + "\n actual   prm " + prmString(actual, base));
                }
            }
        }
        assertTrue(frames > 0);
    }

    static byte[] encodeToSerialBytes(byte[] in, int frames) {
        G729Encoder enc = new G729Encoder();
        short[] pcm = new short[G729Constants.L_FRAME];
        short[] prm = new short[G729Constants.PRM_SIZE];
        short[] serial = new short[G729Constants.SERIAL_SIZE];
        byte[] out = new byte[frames * SERIAL_BYTES];
        for (int f = 0; f < frames; f++) {
            int p = f * FRAME_BYTES;
            for (int i = 0; i < G729Constants.L_FRAME; i++) {
                pcm[i] = (short) ((in[p + 2 * i] & 0xff) | (in[p + 2 * i + 1] << 8));
            }
            enc.encode(pcm, 0, prm);
            Bitstream.prmToSerial(prm, serial);
            int o = f * SERIAL_BYTES;
            for (int i = 0; i < G729Constants.SERIAL_SIZE; i++) {
                out[o + 2 * i] = (byte) serial[i];
                out[o + 2 * i + 1] = (byte) (serial[i] >> 8);
            }
        }
        return out;
    }

    private static String prmString(byte[] serialBytes, int base) {
        short[] words = new short[G729Constants.SERIAL_SIZE];
        for (int i = 0; i < words.length; i++) {
            words[i] = (short) ((serialBytes[base + 2 * i] & 0xff) | (serialBytes[base + 2 * i + 1] << 8));
        }
        short[] prm = new short[G729Constants.PRM_SIZE];
        Bitstream.serialToPrm(words, 2, prm);
        return java.util.Arrays.toString(prm);
    }

    @Test
    public void algthm() throws IOException {
        checkVector("ALGTHM");
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
