package org.strowger.community.media;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class ToneGeneratorTest {

    @Test
    public void aToneHasItsFrequencyAndAmplitudeAcrossFrames() {
        ToneGenerator tone = new ToneGenerator(10000, 1000);
        // one second in 20 ms frames: 1000 Hz has 2000 zero crossings (sign changes) per second
        short previous = 0;
        int crossings = 0;
        int peak = 0;
        for (int frame = 0; frame < 50; frame++) {
            byte[] pcm = tone.next(160);
            for (int i = 0; i < 160; i++) {
                short s = (short) ((pcm[2 * i] & 0xFF) | (pcm[2 * i + 1] << 8));
                if ((previous < 0 && s >= 0) || (previous >= 0 && s < 0)) {
                    crossings++;
                }
                previous = s;
                peak = Math.max(peak, Math.abs(s));
            }
        }
        assertTrue("crossings " + crossings, Math.abs(crossings - 2000) <= 2);
        assertEquals(10000, peak);
    }

    @Test
    public void g711HelpersUseTheBitExactCodecs() {
        byte[] linear = new ToneGenerator(20000, 350, 440).next(160);
        byte[] ulaw = G711.encode(PayloadType.PCMU, linear);
        byte[] alaw = G711.encode(PayloadType.PCMA, linear);
        for (int i = 0; i < 160; i++) {
            short s = (short) ((linear[2 * i] & 0xFF) | (linear[2 * i + 1] << 8));
            assertEquals(org.strowger.codec.ulaw.internal.Ulaw.encode(s), ulaw[i] & 0xFF);
            assertEquals(org.strowger.codec.alaw.internal.Alaw.encode(s), alaw[i] & 0xFF);
        }
        // decoding and re-encoding a G.711 code gives the same code
        assertArrayEquals(ulaw, G711.encode(PayloadType.PCMU, G711.decode(PayloadType.PCMU, ulaw)));
        assertEquals((byte) 0xFF, G711.silence(PayloadType.PCMU));
        assertEquals((byte) 0xD5, G711.silence(PayloadType.PCMA));
        assertThrows(IllegalArgumentException.class, () -> G711.encode(PayloadType.G729, linear));
        assertThrows(IllegalArgumentException.class, () -> new ToneGenerator(1000, 4000));
    }

    @Test
    public void payloadTypesKnowTheirFrameSizes() {
        assertEquals(160, PayloadType.PCMU.frameBytes());
        assertEquals(160, PayloadType.PCMA.frameBytes());
        assertEquals(20, PayloadType.G729.frameBytes());
        assertEquals(160, PayloadType.G729.samplesFor(20));
        assertEquals(PayloadType.PCMA, PayloadType.of(8));
        assertEquals(java.util.List.of(PayloadType.PCMU, PayloadType.G729), PayloadType.parseList("0, 18"));
        assertEquals("0,8,101", PayloadType.formatList(java.util.List.of(PayloadType.PCMU, PayloadType.PCMA,
                PayloadType.TELEPHONE_EVENT)));
        assertThrows(IllegalArgumentException.class, () -> PayloadType.parseList("0,x"));
        assertThrows(IllegalArgumentException.class, () -> PayloadType.of(3));
    }
}
