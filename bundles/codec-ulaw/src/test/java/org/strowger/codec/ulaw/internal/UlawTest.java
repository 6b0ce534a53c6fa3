package org.strowger.codec.ulaw.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;
import org.strowger.codec.support.Conversion;
import org.strowger.codec.support.G711LawContract;

/** mu-law against the ITU-T G.191 sweep vectors (the shared contract), and its own rounding cases. */
public class UlawTest extends G711LawContract {

    @Override
    protected String law() {
        return "mu-law";
    }

    @Override
    protected String codesVector() {
        return "sweep-r.u";
    }

    @Override
    protected String decodedVector() {
        return "sweep-r.u-u";
    }

    @Override
    protected int encode(short sample) {
        return Ulaw.encode(sample);
    }

    @Override
    protected short decode(int code) {
        return Ulaw.decode(code);
    }

    @Override
    protected Conversion frameEncoder() {
        return Ulaw::encode;
    }

    @Override
    protected Conversion frameDecoder() {
        return Ulaw::decode;
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
}
