package org.strowger.codec.g729.internal;

/**
 * Parity bit of the first subframe pitch delay (P_PARITY.C, 3.7.2): it protects the
 * 6 most significant bits of the 8-bit pitch index.
 */
public final class Parity {
    private Parity() {
    }

    /** Parity bit of the 6 MSBs of an 8-bit pitch index. */
    public static int parityPitch(int pitchIndex) {
        int temp = pitchIndex >> 1;
        int sum = 1;
        for (int i = 0; i <= 5; i++) {
            temp >>= 1;
            sum += temp & 1;
        }
        return sum & 1;
    }

    /** 0 if the received parity bit matches the pitch index, 1 on a parity error. */
    public static int checkParityPitch(int pitchIndex, int parity) {
        return (parityPitch(pitchIndex) + parity) & 1;
    }
}
