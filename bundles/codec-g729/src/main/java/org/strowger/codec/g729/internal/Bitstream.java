package org.strowger.codec.g729.internal;

import static org.strowger.codec.g729.internal.G729Constants.*;

/**
 * Conversion between the 11 analysis parameters of a frame (in the transmission
 * order of the recommendation, BITS.C) and the 80 bits of a frame: either the ITU
 * serial test-vector format (one 16-bit word per bit) or the packed RTP payload of
 * RFC 3551 (10 bytes, the same 80 bits most significant bit first).
 */
public final class Bitstream {
    private Bitstream() {
    }

    /** Parameters per frame (G729Constants.PRM_SIZE). */
    public static final int PRM_SIZE = G729Constants.PRM_SIZE;

    /** Bytes of one packed frame. */
    public static final int PACKED_SIZE = 10;

    /** Packed RFC 3551 bytes to the parameters. */
    public static void packedToPrm(byte[] in, int off, short[] prm) {
        int bitPos = 0;
        for (int i = 0; i < PRM_SIZE; i++) {
            int n = Tables.BITSNO[i];
            int v = 0;
            for (int b = 0; b < n; b++, bitPos++) {
                int bit = (in[off + (bitPos >> 3)] >> (7 - (bitPos & 7))) & 1;
                v = (v << 1) | bit;
            }
            prm[i] = (short) v;
        }
    }

    /** The parameters to packed RFC 3551 bytes. */
    public static void prmToPacked(short[] prm, byte[] out, int off) {
        java.util.Arrays.fill(out, off, off + PACKED_SIZE, (byte) 0);
        int bitPos = 0;
        for (int i = 0; i < PRM_SIZE; i++) {
            int n = Tables.BITSNO[i];
            int v = prm[i];
            for (int b = n - 1; b >= 0; b--, bitPos++) {
                if (((v >> b) & 1) != 0) {
                    out[off + (bitPos >> 3)] |= (byte) (0x80 >>> (bitPos & 7));
                }
            }
        }
    }

    /**
     * The 80 bit words of an ITU serial frame (without the sync and size words) to the
     * parameters; a word equal to BIT_1 is a 1, any other a 0.
     *
     * @return true if the frame is erased (any bit word is 0, as the reference decoder checks)
     */
    public static boolean serialToPrm(short[] serialWords80, int off, short[] prm) {
        boolean erased = false;
        int p = off;
        for (int i = 0; i < PRM_SIZE; i++) {
            int n = Tables.BITSNO[i];
            int v = 0;
            for (int b = 0; b < n; b++, p++) {
                int w = serialWords80[p];
                if (w == 0) {
                    erased = true;
                }
                v = (v << 1) | (w == BIT_1 ? 1 : 0);
            }
            prm[i] = (short) v;
        }
        return erased;
    }

    /** The parameters to a full ITU serial frame: sync word, size word, 80 bit words. */
    public static void prmToSerial(short[] prm, short[] serialWords82) {
        serialWords82[0] = (short) SYNC_WORD;
        serialWords82[1] = (short) SIZE_WORD;
        int p = 2;
        for (int i = 0; i < PRM_SIZE; i++) {
            int n = Tables.BITSNO[i];
            int v = prm[i];
            for (int b = n - 1; b >= 0; b--) {
                serialWords82[p++] = (short) (((v >> b) & 1) != 0 ? BIT_1 : BIT_0);
            }
        }
    }
}
