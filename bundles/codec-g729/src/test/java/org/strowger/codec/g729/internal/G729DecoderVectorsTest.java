package org.strowger.codec.g729.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/**
 * Decoder conformance: each ITU-T G.729 Annex A test bitstream X.BIT (ITU serial
 * format) must decode to X.PST byte for byte.
 */
@RunWith(Parameterized.class)
public class G729DecoderVectorsTest {

    private static final int FRAME_BYTES = 2 * G729Constants.L_FRAME;

    @Parameters(name = "{0}")
    public static List<String> vectors() {
        return ItuVectors.DECODER_VECTORS;
    }

    @Parameter
    public String name;

    @Test
    public void decodesToReferenceOutput() throws IOException {
        short[] words = ItuVectors.samples(ItuVectors.bytes(name + ".BIT"));
        byte[] expected = ItuVectors.bytes(name + ".PST");
        int frames = words.length / G729Constants.SERIAL_SIZE;
        assertTrue(name + ": no frames", frames > 0);

        G729Decoder decoder = new G729Decoder();
        short[] prm = new short[G729Constants.PRM_SIZE];
        short[] pcm = new short[G729Constants.L_FRAME];
        byte[] actual = new byte[frames * FRAME_BYTES];
        for (int f = 0; f < frames; f++) {
            int base = f * G729Constants.SERIAL_SIZE;
            assertEquals(name + ": sync word of frame " + f, G729Constants.SYNC_WORD, words[base] & 0xffff);
            boolean erased = Bitstream.serialToPrm(words, base + 2, prm);
            decoder.decode(prm, erased, pcm, 0);
            ItuVectors.putSamples(pcm, actual, f * FRAME_BYTES);
        }
        int i = ItuVectors.firstMismatch(name, expected, actual);
        if (i >= 0) {
            fail(name + ": first mismatch in frame " + i / FRAME_BYTES + ", sample " + (i % FRAME_BYTES) / 2);
        }
    }
}
