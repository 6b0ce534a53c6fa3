package org.strowger.codec.amu.internal;

/**
 * The direct mu-law/A-law code conversions of ITU-T G.711, Tables 3 and 4. They are defined on
 * "decoder output value numbers" (the magnitude steps, 0..127 for mu-law and 1..128 for A-law), not
 * by decoding to linear and encoding again: that detour lands one step off on 44 mu-law and 32
 * A-law codes (Asterisk's {@code codec_a_mu} takes it; G.711 does not). The tables are G.711's as
 * corrected in the widely used Sun {@code g711.c} (1994 revision) and identical to spandsp's.
 */
final class G711CodeConversion {

    /** Table 3: mu-law value number (0..127) to A-law value number (1..128). */
    private static final byte[] MU_TO_A_NUMBER = numbers(
            1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8,
            9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
            25, 27, 29, 31, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44,
            46, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62,
            64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79,
            80, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96,
            97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112,
            113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128);

    /** Table 4: A-law value number minus one (0..127) to mu-law value number (0..127). */
    private static final byte[] A_TO_MU_NUMBER = numbers(
            1, 3, 5, 7, 9, 11, 13, 15, 16, 17, 18, 19, 20, 21, 22, 23,
            24, 25, 26, 27, 28, 29, 30, 31, 32, 32, 33, 33, 34, 34, 35, 35,
            36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 48, 49, 49,
            50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 64,
            65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80,
            80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,
            96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
            112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127);

    /** Indexed by mu-law code byte: the A-law code byte. */
    private static final byte[] ULAW_TO_ALAW = new byte[256];
    /** Indexed by A-law code byte: the mu-law code byte. */
    private static final byte[] ALAW_TO_ULAW = new byte[256];

    static {
        // On the line, a mu-law code is its value number inverted (0xFF ^ n positive, 0x7F ^ n
        // negative); an A-law code is (number - 1) with the sign bit and the even bits inverted.
        for (int code = 0; code < 256; code++) {
            boolean positive = (code & 0x80) != 0;
            int muNumber = positive ? 0xFF ^ code : 0x7F ^ code;
            int aNumber = MU_TO_A_NUMBER[muNumber] & 0xFF;
            ULAW_TO_ALAW[code] = (byte) ((positive ? 0xD5 : 0x55) ^ (aNumber - 1));

            int aIndex = positive ? code ^ 0xD5 : code ^ 0x55;
            int mu = A_TO_MU_NUMBER[aIndex] & 0xFF;
            ALAW_TO_ULAW[code] = (byte) ((positive ? 0xFF : 0x7F) ^ mu);
        }
    }

    private G711CodeConversion() {
    }

    static int ulawToAlaw(int code) {
        return ULAW_TO_ALAW[code & 0xFF] & 0xFF;
    }

    static int alawToUlaw(int code) {
        return ALAW_TO_ULAW[code & 0xFF] & 0xFF;
    }

    static void ulawToAlaw(byte[] in, byte[] out, int count) {
        byte[] table = ULAW_TO_ALAW;
        for (int i = 0; i < count; i++) {
            out[i] = table[in[i] & 0xFF];
        }
    }

    static void alawToUlaw(byte[] in, byte[] out, int count) {
        byte[] table = ALAW_TO_ULAW;
        for (int i = 0; i < count; i++) {
            out[i] = table[in[i] & 0xFF];
        }
    }

    private static byte[] numbers(int... values) {
        byte[] table = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            table[i] = (byte) values[i];
        }
        return table;
    }
}
