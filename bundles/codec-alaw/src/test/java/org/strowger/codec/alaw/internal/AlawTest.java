package org.strowger.codec.alaw.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;
import org.strowger.codec.support.Conversion;
import org.strowger.codec.support.G711LawContract;

/** A-law against the ITU-T G.191 sweep vectors (the shared contract), and its own rounding cases. */
public class AlawTest extends G711LawContract {

    @Override
    protected String law() {
        return "A-law";
    }

    @Override
    protected String codesVector() {
        return "sweep-r.a";
    }

    @Override
    protected String decodedVector() {
        return "sweep-r.a-a";
    }

    @Override
    protected int encode(short sample) {
        return Alaw.encode(sample);
    }

    @Override
    protected short decode(int code) {
        return Alaw.decode(code);
    }

    @Override
    protected Conversion frameEncoder() {
        return Alaw::encode;
    }

    @Override
    protected Conversion frameDecoder() {
        return Alaw::decode;
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
}
