package org.strowger.codec.g729.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/**
 * The ITU-T G.729 Annex A encoder test vectors: each X.IN (16-bit little
 * endian PCM) encoded frame by frame must give X.BIT (ITU serial format:
 * per frame the sync word, the size word and 80 bit words) byte for byte.
 * A trailing partial frame of the input is ignored, as the reference coder
 * does.
 */
@RunWith(Parameterized.class)
public class G729EncoderVectorsTest {

    private static final int SERIAL_BYTES = 2 * G729Constants.SERIAL_SIZE;

    @Parameters(name = "{0}")
    public static List<String> vectors() {
        return ItuVectors.ENCODER_VECTORS;
    }

    @Parameter
    public String name;

    /** Encodes {@code name}.IN and compares with {@code name}.BIT. */
    @Test
    public void encodesToReferenceBitstream() throws IOException {
        short[] in = ItuVectors.samples(ItuVectors.bytes(name + ".IN"));
        byte[] expected = ItuVectors.bytes(name + ".BIT");
        int frames = in.length / G729Constants.L_FRAME;
        assertTrue(name + ": no frames", frames > 0);
        assertEquals(name + ": frame count", expected.length / SERIAL_BYTES, frames);
        assertEquals(name + ": whole frames in .BIT", 0, expected.length % SERIAL_BYTES);

        G729Encoder enc = new G729Encoder();
        short[] prm = new short[G729Constants.PRM_SIZE];
        short[] serial = new short[G729Constants.SERIAL_SIZE];
        byte[] actual = new byte[frames * SERIAL_BYTES];
        for (int f = 0; f < frames; f++) {
            enc.encode(in, f * G729Constants.L_FRAME, prm);
            Bitstream.prmToSerial(prm, serial);
            ItuVectors.putSamples(serial, actual, f * SERIAL_BYTES);
        }
        int i = ItuVectors.firstMismatch(name, expected, actual);
        if (i >= 0) {
            int base = i - i % SERIAL_BYTES;
            int word = (i % SERIAL_BYTES) / 2;
            fail(name + ": first mismatch in frame " + i / SERIAL_BYTES + " (serial word " + word
                    + ", i.e. bit " + (word - 2) + " of the frame)\n expected prm "
                    + prmString(expected, base) + "\n actual   prm " + prmString(actual, base));
        }
    }

    private static String prmString(byte[] serialBytes, int base) {
        short[] words = ItuVectors.samples(Arrays.copyOfRange(serialBytes, base, base + SERIAL_BYTES));
        short[] prm = new short[G729Constants.PRM_SIZE];
        Bitstream.serialToPrm(words, 2, prm);
        return Arrays.toString(prm);
    }
}
