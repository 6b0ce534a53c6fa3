package org.strowger.benchmarks.codec;

/**
 * ITU-T G.711 mu-law and A-law, as lookup tables built once from the reference algorithm (Sun's
 * public-domain {@code g711.c}, which Asterisk's {@code ulaw.c}/{@code alaw.c} follow). Decoding is one
 * table read per sample; encoding indexes a table by the 14 (mu-law) or 13 (A-law) significant bits of
 * the linear sample, the way Asterisk's {@code AST_LIN2MU}/{@code AST_LIN2A} do, so a frame costs a
 * few hundred array reads and no branches.
 */
public final class G711 {

    // Declared before the tables: the static initialiser below runs in text order and needs them.
    private static final int BIAS = 0x84;
    private static final int CLIP = 8159;
    private static final int[] ULAW_SEGMENT_ENDS = {0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF};
    private static final int[] ALAW_SEGMENT_ENDS = {0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF};

    private static final short[] ULAW_TO_LINEAR = new short[256];
    private static final short[] ALAW_TO_LINEAR = new short[256];
    /** Indexed by {@code (sample >> 2) & 0x3FFF}: mu-law keeps 14 bits of the 16. */
    private static final byte[] LINEAR_TO_ULAW = new byte[1 << 14];
    /** Indexed by {@code (sample >> 3) & 0x1FFF}: A-law keeps 13 bits. */
    private static final byte[] LINEAR_TO_ALAW = new byte[1 << 13];

    static {
        for (int code = 0; code < 256; code++) {
            ULAW_TO_LINEAR[code] = (short) ulawToLinearReference(code);
            ALAW_TO_LINEAR[code] = (short) alawToLinearReference(code);
        }
        for (int index = 0; index < LINEAR_TO_ULAW.length; index++) {
            // Sign-extend the 14-bit index back to the sample it stands for.
            int sample = (index << 18) >> 16;
            LINEAR_TO_ULAW[index] = (byte) linearToUlawReference(sample);
        }
        for (int index = 0; index < LINEAR_TO_ALAW.length; index++) {
            int sample = (index << 19) >> 16;
            LINEAR_TO_ALAW[index] = (byte) linearToAlawReference(sample);
        }
    }

    private G711() {
    }

    public static short ulawToLinear(byte code) {
        return ULAW_TO_LINEAR[code & 0xFF];
    }

    public static short alawToLinear(byte code) {
        return ALAW_TO_LINEAR[code & 0xFF];
    }

    public static byte linearToUlaw(int sample) {
        return LINEAR_TO_ULAW[(sample >> 2) & 0x3FFF];
    }

    public static byte linearToAlaw(int sample) {
        return LINEAR_TO_ALAW[(sample >> 3) & 0x1FFF];
    }

    /** Decodes mu-law bytes into little-endian 16-bit samples ({@code slin}). */
    public static void ulawToSlin(byte[] in, byte[] out) {
        for (int i = 0; i < in.length; i++) {
            short sample = ULAW_TO_LINEAR[in[i] & 0xFF];
            out[2 * i] = (byte) sample;
            out[2 * i + 1] = (byte) (sample >> 8);
        }
    }

    public static void alawToSlin(byte[] in, byte[] out) {
        for (int i = 0; i < in.length; i++) {
            short sample = ALAW_TO_LINEAR[in[i] & 0xFF];
            out[2 * i] = (byte) sample;
            out[2 * i + 1] = (byte) (sample >> 8);
        }
    }

    /** Encodes little-endian 16-bit samples into mu-law bytes, one per sample. */
    public static void slinToUlaw(byte[] in, byte[] out) {
        for (int i = 0; i < out.length; i++) {
            int sample = (in[2 * i] & 0xFF) | (in[2 * i + 1] << 8);
            out[i] = LINEAR_TO_ULAW[(sample >> 2) & 0x3FFF];
        }
    }

    public static void slinToAlaw(byte[] in, byte[] out) {
        for (int i = 0; i < out.length; i++) {
            int sample = (in[2 * i] & 0xFF) | (in[2 * i + 1] << 8);
            out[i] = LINEAR_TO_ALAW[(sample >> 3) & 0x1FFF];
        }
    }

    // The reference algorithms, used only to fill the tables (and by the tests to check them).

    static int ulawToLinearReference(int code) {
        int u = ~code & 0xFF;
        int t = ((u & 0x0F) << 3) + BIAS;
        t <<= (u & 0x70) >> 4;
        return (u & 0x80) != 0 ? BIAS - t : t - BIAS;
    }

    static int alawToLinearReference(int code) {
        int a = (code ^ 0x55) & 0xFF;
        int t = (a & 0x0F) << 4;
        int segment = (a & 0x70) >> 4;
        switch (segment) {
            case 0 -> t += 8;
            case 1 -> t += 0x108;
            default -> {
                t += 0x108;
                t <<= segment - 1;
            }
        }
        return (a & 0x80) != 0 ? t : -t;
    }

    static int linearToUlawReference(int sample) {
        int value = sample >> 2;
        int mask;
        if (value < 0) {
            value = -value;
            mask = 0x7F;
        } else {
            mask = 0xFF;
        }
        if (value > CLIP) {
            value = CLIP;
        }
        value += BIAS >> 2;
        int segment = segment(value, ULAW_SEGMENT_ENDS);
        if (segment >= 8) {
            return 0x7F ^ mask;
        }
        int code = (segment << 4) | ((value >> (segment + 1)) & 0x0F);
        return (code ^ mask) & 0xFF;
    }

    static int linearToAlawReference(int sample) {
        int value = sample >> 3;
        int mask;
        if (value >= 0) {
            mask = 0xD5;
        } else {
            mask = 0x55;
            value = -value - 1;
        }
        int segment = segment(value, ALAW_SEGMENT_ENDS);
        if (segment >= 8) {
            return 0x7F ^ mask;
        }
        int code = segment << 4;
        code |= segment < 2 ? (value >> 1) & 0x0F : (value >> segment) & 0x0F;
        return (code ^ mask) & 0xFF;
    }

    private static int segment(int value, int[] ends) {
        for (int i = 0; i < ends.length; i++) {
            if (value <= ends[i]) {
                return i;
            }
        }
        return ends.length;
    }
}
