package org.strowger.codec.g729.internal;

import static org.strowger.codec.g729.internal.BasicOps.*;
import static org.strowger.codec.g729.internal.G729Constants.*;

/**
 * LP coefficient conversions of the reference code (LPCFUNC.C): LSP to LP
 * coefficients (3.2.6), LSP/LSF transforms used by the LSP quantizer (3.2.4),
 * bandwidth expansion of A(z) and the interpolation of the quantized LSPs between
 * the two subframes (3.2.5).
 */
public final class LpcFunctions {
    private LpcFunctions() {
    }

    /**
     * LSPs (Q15, cosine domain) to the LP coefficients a[0..10] (Q12) of A(z):
     * A(z) = (F1(z) + F2(z)) / 2 with F1, F2 built from the even and odd LSPs.
     */
    public static void lspAz(short[] lsp, int lspOff, short[] a, int aOff) {
        lspAzValues(lsp[lspOff], lsp[lspOff + 1], lsp[lspOff + 2], lsp[lspOff + 3], lsp[lspOff + 4],
                lsp[lspOff + 5], lsp[lspOff + 6], lsp[lspOff + 7], lsp[lspOff + 8], lsp[lspOff + 9],
                a, aOff);
    }

    /** One update f[j] += f[j-2] - 2 * f[j-1] * lsp of the polynomial recursion (Q24). */
    private static int polStep(int fj, int fjm2, int fjm1, int l) {
        int t0 = Oper32.mpy32x16(fjm1 >> 16, Oper32.extractLo(fjm1), l);
        t0 = lShl(t0, 1);
        return lSub(lAdd(fj, fjm2), t0);
    }

    /*
     * Get_lsp_pol written out twice, for F1 on the even LSPs and F2 on the odd
     * ones: the recursion is unrolled with the coefficients in locals so that
     * Lsp_Az needs no scratch array and intQlpc can pass the interpolated LSPs
     * as values (nothing is allocated per frame). A shared helper would need an
     * array for the six coefficients it returns; the two blocks are kept apart.
     */
    private static void lspAzValues(int l0, int l1, int l2, int l3, int l4, int l5, int l6, int l7,
            int l8, int l9, short[] a, int aOff) {
        // Get_lsp_pol on the even LSPs: F1(z) coefficients f0..f5 in Q24
        int f0 = 16777216;              // L_mult(4096, 2048): 1.0
        int f1 = lMsu(0, l0, 512);      // -2 * lsp[0]
        int f2, f3, f4, f5;
        f2 = f0;
        f2 = polStep(f2, f0, f1, l2);
        f1 = lMsu(f1, l2, 512);
        f3 = f1;
        f3 = polStep(f3, f1, f2, l4);
        f2 = polStep(f2, f0, f1, l4);
        f1 = lMsu(f1, l4, 512);
        f4 = f2;
        f4 = polStep(f4, f2, f3, l6);
        f3 = polStep(f3, f1, f2, l6);
        f2 = polStep(f2, f0, f1, l6);
        f1 = lMsu(f1, l6, 512);
        f5 = f3;
        f5 = polStep(f5, f3, f4, l8);
        f4 = polStep(f4, f2, f3, l8);
        f3 = polStep(f3, f1, f2, l8);
        f2 = polStep(f2, f0, f1, l8);
        f1 = lMsu(f1, l8, 512);
        // the same on the odd LSPs: F2(z) coefficients g0..g5
        int g0 = 16777216;
        int g1 = lMsu(0, l1, 512);
        int g2, g3, g4, g5;
        g2 = g0;
        g2 = polStep(g2, g0, g1, l3);
        g1 = lMsu(g1, l3, 512);
        g3 = g1;
        g3 = polStep(g3, g1, g2, l5);
        g2 = polStep(g2, g0, g1, l5);
        g1 = lMsu(g1, l5, 512);
        g4 = g2;
        g4 = polStep(g4, g2, g3, l7);
        g3 = polStep(g3, g1, g2, l7);
        g2 = polStep(g2, g0, g1, l7);
        g1 = lMsu(g1, l7, 512);
        g5 = g3;
        g5 = polStep(g5, g3, g4, l9);
        g4 = polStep(g4, g2, g3, l9);
        g3 = polStep(g3, g1, g2, l9);
        g2 = polStep(g2, g0, g1, l9);
        g1 = lMsu(g1, l9, 512);
        // multiply F1 by (1 + z^-1) and F2 by (1 - z^-1)
        f5 = lAdd(f5, f4);
        g5 = lSub(g5, g4);
        f4 = lAdd(f4, f3);
        g4 = lSub(g4, g3);
        f3 = lAdd(f3, f2);
        g3 = lSub(g3, g2);
        f2 = lAdd(f2, f1);
        g2 = lSub(g2, g1);
        f1 = lAdd(f1, f0);
        g1 = lSub(g1, g0);
        // A(z) = (F1'(z) + F2'(z)) / 2, from Q24 to Q12
        a[aOff] = 4096;
        a[aOff + 1] = (short) lShrR(lAdd(f1, g1), 13);
        a[aOff + 10] = (short) lShrR(lSub(f1, g1), 13);
        a[aOff + 2] = (short) lShrR(lAdd(f2, g2), 13);
        a[aOff + 9] = (short) lShrR(lSub(f2, g2), 13);
        a[aOff + 3] = (short) lShrR(lAdd(f3, g3), 13);
        a[aOff + 8] = (short) lShrR(lSub(f3, g3), 13);
        a[aOff + 4] = (short) lShrR(lAdd(f4, g4), 13);
        a[aOff + 7] = (short) lShrR(lSub(f4, g4), 13);
        a[aOff + 5] = (short) lShrR(lAdd(f5, g5), 13);
        a[aOff + 6] = (short) lShrR(lSub(f5, g5), 13);
    }

    /** {@link #lspAz} on whole arrays. */
    public static void lspAz(short[] lsp, short[] a) {
        lspAz(lsp, 0, a, 0);
    }

    /** {@link #lsfLsp2} on whole arrays. */
    public static void lsfLsp2(short[] lsf, short[] lsp, int m) {
        lsfLsp2(lsf, 0, lsp, 0, m);
    }

    /** {@link #lspLsf2} on whole arrays. */
    public static void lspLsf2(short[] lsp, short[] lsf, int m) {
        lspLsf2(lsp, 0, lsf, 0, m);
    }

    /** {@link #intQlpc} on whole arrays. */
    public static void intQlpc(short[] lspOld, short[] lspNew, short[] az) {
        intQlpc(lspOld, 0, lspNew, 0, az, 0);
    }

    /** {@link #weightAz} on whole arrays. */
    public static void weightAz(short[] a, int gamma, int m, short[] ap) {
        weightAz(a, 0, gamma, m, ap, 0);
    }

    /** LSF (Q15, normalised 0..0.5) to LSP (Q15) by table look-up and interpolation. */
    public static void lsfLsp(short[] lsf, int lsfOff, short[] lsp, int lspOff, int m) {
        for (int i = 0; i < m; i++) {
            int ind = shr(lsf[lsfOff + i], 8);
            int offset = lsf[lsfOff + i] & 0xff;
            int lTmp = lMult(sub(Tables.TABLE[ind + 1], Tables.TABLE[ind]), offset);
            lsp[lspOff + i] = (short) add(Tables.TABLE[ind], (short) lShr(lTmp, 9));
        }
    }

    /** LSP (Q15) to LSF (Q15, normalised 0..0.5). */
    public static void lspLsf(short[] lsp, int lspOff, short[] lsf, int lsfOff, int m) {
        int ind = 63;
        for (int i = m - 1; i >= 0; i--) {
            while (sub(Tables.TABLE[ind], lsp[lspOff + i]) < 0) {
                ind = sub(ind, 1);
            }
            int lTmp = lMult(sub(lsp[lspOff + i], Tables.TABLE[ind]), Tables.SLOPE[ind]);
            int tmp = round(lShl(lTmp, 3));
            lsf[lsfOff + i] = (short) add(tmp, shl(ind, 8));
        }
    }

    /** LSF (Q13, 0..pi) to LSP (Q15), as used by the LSP quantizer. */
    public static void lsfLsp2(short[] lsf, int lsfOff, short[] lsp, int lspOff, int m) {
        for (int i = 0; i < m; i++) {
            int freq = mult(lsf[lsfOff + i], 20861);   // 1/(2 pi) in Q17
            int ind = shr(freq, 8);
            int offset = freq & 0xff;
            if (ind > 63) {
                ind = 63;
            }
            int lTmp = lMult(Tables.SLOPE_COS[ind], offset);
            lsp[lspOff + i] = (short) add(Tables.TABLE2[ind], (short) lShr(lTmp, 13));
        }
    }

    /** LSP (Q15) to LSF (Q13, 0..pi), as used by the LSP quantizer. */
    public static void lspLsf2(short[] lsp, int lspOff, short[] lsf, int lsfOff, int m) {
        int ind = 63;
        for (int i = m - 1; i >= 0; i--) {
            while (sub(Tables.TABLE2[ind], lsp[lspOff + i]) < 0) {
                ind = sub(ind, 1);
                if (ind <= 0) {
                    break;
                }
            }
            int offset = sub(lsp[lspOff + i], Tables.TABLE2[ind]);
            int lTmp = lMult(Tables.SLOPE_ACOS[ind], offset);
            int freq = add(shl(ind, 9), (short) lShr(lTmp, 12));
            lsf[lsfOff + i] = (short) mult(freq, 25736);  // 2 pi in Q12
        }
    }

    /** Bandwidth expansion: ap[i] = a[i] * gamma^i (a, ap in Q12, gamma in Q15). */
    public static void weightAz(short[] a, int aOff, int gamma, int m, short[] ap, int apOff) {
        ap[apOff] = a[aOff];
        int fac = gamma;
        for (int i = 1; i < m; i++) {
            ap[apOff + i] = (short) round(lMult(a[aOff + i], fac));
            fac = round(lMult(fac, gamma));
        }
        ap[apOff + m] = (short) round(lMult(a[aOff + m], fac));
    }

    /**
     * Interpolation of the quantized LSPs for the two subframes: the first subframe
     * uses (old + new) / 2, the second the new LSPs; writes az[0..10] and az[11..21].
     */
    public static void intQlpc(short[] lspOld, int oldOff, short[] lspNew, int newOff, short[] az, int azOff) {
        lspAzValues(
                add(lspNew[newOff] >> 1, lspOld[oldOff] >> 1),
                add(lspNew[newOff + 1] >> 1, lspOld[oldOff + 1] >> 1),
                add(lspNew[newOff + 2] >> 1, lspOld[oldOff + 2] >> 1),
                add(lspNew[newOff + 3] >> 1, lspOld[oldOff + 3] >> 1),
                add(lspNew[newOff + 4] >> 1, lspOld[oldOff + 4] >> 1),
                add(lspNew[newOff + 5] >> 1, lspOld[oldOff + 5] >> 1),
                add(lspNew[newOff + 6] >> 1, lspOld[oldOff + 6] >> 1),
                add(lspNew[newOff + 7] >> 1, lspOld[oldOff + 7] >> 1),
                add(lspNew[newOff + 8] >> 1, lspOld[oldOff + 8] >> 1),
                add(lspNew[newOff + 9] >> 1, lspOld[oldOff + 9] >> 1),
                az, azOff);
        lspAz(lspNew, newOff, az, azOff + MP1);
    }
}
