package org.strowger.chantest;

/**
 * ITU-T G.711 mu-law and A-law, bit-exact with the reference implementation of the ITU-T Software
 * Tool Library (G.191 STL, {@code g711.c}): 16-bit linear samples in, left-justified 16-bit
 * samples out. Negative samples are reduced in one's complement, as the STL does, so {@code -1}
 * encodes like {@code 0} with a negative sign (a naive two's-complement encoder gets the small
 * negative values one step wrong and fails the ITU sweep vectors).
 *
 * <p>Decoding is a table look-up; encoding computes, which is fast enough because senders encode
 * once and cache the result.
 */
public final class G711 {

    private static final short[] ULAW_TO_LINEAR = new short[256];
    private static final short[] ALAW_TO_LINEAR = new short[256];

    static {
        for (int code = 0; code < 256; code++) {
            ULAW_TO_LINEAR[code] = expandUlaw(code);
            ALAW_TO_LINEAR[code] = expandAlaw(code);
        }
    }

    private G711() {
    }

    /** The mu-law code for a 16-bit linear sample. */
    public static byte linearToUlaw(int sample) {
        int linear = clamp(sample);
        // 14-bit magnitude plus the bias of 33 that makes the segments line up on powers of two
        int magnitude = (linear < 0 ? (~linear) >> 2 : linear >> 2) + 33;
        if (magnitude > 0x1FFF) {
            magnitude = 0x1FFF;
        }
        int segment = 1;
        for (int i = magnitude >> 6; i != 0; i >>= 1) {
            segment++;
        }
        int high = 8 - segment;
        int low = 0x0F - ((magnitude >> segment) & 0x0F);
        int code = (high << 4) | low;
        if (linear >= 0) {
            code |= 0x80;
        }
        return (byte) code;
    }

    /** The A-law code for a 16-bit linear sample. */
    public static byte linearToAlaw(int sample) {
        int linear = clamp(sample);
        int magnitude = linear < 0 ? (~linear) >> 4 : linear >> 4;
        if (magnitude > 15) {
            int exponent = 1;
            while (magnitude > 16 + 15) {
                magnitude >>= 1;
                exponent++;
            }
            magnitude -= 16;
            magnitude += exponent << 4;
        }
        if (linear >= 0) {
            magnitude |= 0x80;
        }
        // even bits inverted so that idle lines do not send long runs of zeros
        return (byte) (magnitude ^ 0x55);
    }

    /** The 16-bit linear sample a mu-law code stands for. */
    public static short ulawToLinear(byte code) {
        return ULAW_TO_LINEAR[code & 0xFF];
    }

    /** The 16-bit linear sample an A-law code stands for. */
    public static short alawToLinear(byte code) {
        return ALAW_TO_LINEAR[code & 0xFF];
    }

    private static short expandUlaw(int code) {
        int sign = code < 0x80 ? -1 : 1;
        int inverted = ~code;
        int exponent = (inverted >> 4) & 0x07;
        int mantissa = inverted & 0x0F;
        int step = 4 << (exponent + 1);
        return (short) (sign * ((0x80 << exponent) + step * mantissa + step / 2 - 4 * 33));
    }

    private static short expandAlaw(int code) {
        int value = (code ^ 0x55) & 0x7F;
        int exponent = value >> 4;
        int mantissa = value & 0x0F;
        if (exponent > 0) {
            mantissa += 16;
        }
        mantissa = (mantissa << 4) + 0x08;
        if (exponent > 1) {
            mantissa <<= exponent - 1;
        }
        return (short) (code > 127 ? mantissa : -mantissa);
    }

    private static int clamp(int sample) {
        return Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, sample));
    }
}
