package org.strowger.codec.g729.internal;

import static org.strowger.codec.g729.internal.BasicOps.*;
import static org.strowger.codec.g729.internal.G729Constants.*;

/**
 * Correlation helpers shared by the closed-loop pitch search (G.729 3.7), the
 * algebraic codebook search (3.8) and the gain quantizer (3.9): the backward
 * filtered target {@code d[n]} and the cross terms between the target, the
 * filtered adaptive-codebook vector and the filtered innovation that the gain
 * quantizer needs (reference file COR_FUNC.C).
 *
 * <p>Stateless; the one scratch array a caller has to provide is documented
 * on the method.
 */
final class Correlations {

    private Correlations() {
    }

    /**
     * Cor_h_X: backward filtering of the target, d[n] = sum_{i=n}^{39} x[i] h[i-n]
     * (G.729 3.8.1, equation 51), computed in 32 bits and then scaled so that
     * the largest magnitude fits in 13 bits (the codebook search works on 16 bit
     * values and adds up to four of them).
     *
     * @param h   impulse response h[0..39] of the weighted synthesis filter, Q12,
     *            starting at {@code hOff}
     * @param hOff offset of h[0]
     * @param x   target vector x[0..39] starting at {@code xOff}
     * @param xOff offset of x[0]
     * @param d   receives d[0..39] starting at {@code dOff}
     * @param dOff offset of d[0]
     * @param y32 caller-owned scratch of at least L_SUBFR (40) ints, keeps the
     *            unscaled 32 bit correlations (no allocation per call)
     */
    static void corHX(short[] h, int hOff, short[] x, int xOff, short[] d, int dOff, int[] y32) {
        int max = 0;
        if (cannotSaturate(energy(x, xOff, L_SUBFR), energy(h, hOff, L_SUBFR))) {
            // no partial sum can leave 32 bits: plain integer arithmetic gives the same result
            for (int i = 0; i < L_SUBFR; i++) {
                int s = 0;
                for (int j = i; j < L_SUBFR; j++) {
                    s += x[xOff + j] * h[hOff + j - i];
                }
                s <<= 1;
                y32[i] = s;
                if (s < 0) {
                    s = -s;
                }
                if (s > max) {
                    max = s;
                }
            }
        } else {
            for (int i = 0; i < L_SUBFR; i++) {
                int s = 0;
                for (int j = i; j < L_SUBFR; j++) {
                    s = lMac(s, x[xOff + j], h[hOff + j - i]);
                }
                y32[i] = s;
                s = lAbs(s);
                if (lSub(s, max) > 0) {
                    max = s;
                }
            }
        }
        // number of right shifts that bring the maximum onto 13 bits
        int j = normL(max);
        if (j > 16) {
            j = 16;
        }
        j = 18 - j;
        for (int i = 0; i < L_SUBFR; i++) {
            d[dOff + i] = (short) extractL(lShr(y32[i], j));
        }
    }

    /** Sum of squares of v[off .. off+n-1] (exact, in 64 bits). */
    static long energy(short[] v, int off, int n) {
        long e = 0;
        for (int i = 0; i < n; i++) {
            int a = v[off + i];
            e += a * a;
        }
        return e;
    }

    /**
     * Whether a chain of L_mac over products of two vectors with the given
     * energies (sums of squares) is sure never to saturate: by Cauchy-Schwarz
     * every partial sum of 2 a[i] b[j] is at most 2 sqrt(ea eb) in magnitude, so
     * 4 ea eb &lt;= MAX_32^2 suffices (this also excludes -32768 * -32768). Then
     * plain int arithmetic is bit-exact with the saturating basic operators.
     */
    static boolean cannotSaturate(long ea, long eb) {
        return 4.0 * (double) ea * (double) eb < 4.6e18; // MAX_32^2 = 4.6117e18
    }

    /**
     * Corr_xy2: the correlations that complete the gain quantizer's error
     * terms (G.729 3.9.2): &lt;y2,y2&gt;, -2&lt;x,y2&gt; and 2&lt;y1,y2&gt;, each
     * as a normalized 16 bit mantissa with its Q format.
     *
     * <p>y2 is brought from Q12 to Q9 first so that the sums cannot overflow.
     * Entries 0 and 1 of the output arrays are not touched (the caller fills
     * them from the pitch gain computation, see {@link PitchSearch#gPitch}).
     *
     * @param xn   target vector x[0..39] (Q0) starting at {@code xnOff}
     * @param xnOff offset of xn[0]
     * @param y1   filtered adaptive-codebook vector y[0..39] (Q0) starting at {@code y1Off}
     * @param y1Off offset of y1[0]
     * @param y2   filtered innovation z[0..39] (Q12) starting at {@code y2Off}
     * @param y2Off offset of y2[0]
     * @param gCoeff    receives g_coeff[2] = &lt;y2,y2&gt;, g_coeff[3] = -2&lt;xn,y2&gt;,
     *                  g_coeff[4] = 2&lt;y1,y2&gt; (mantissas; array of 5, index from 0)
     * @param expGCoeff receives the matching Q formats in exp_g_coeff[2..4]
     */
    static void corrXy2(short[] xn, int xnOff, short[] y1, int y1Off, short[] y2, int y2Off,
            short[] gCoeff, short[] expGCoeff) {
        // <y2,y2> with y2 in Q9: Q19
        int acc = 1;
        for (int i = 0; i < L_SUBFR; i++) {
            int s = shr(y2[y2Off + i], 3);
            acc = lMac(acc, s, s);
        }
        int exp = normL(acc);
        gCoeff[2] = (short) round(lShl(acc, exp));
        expGCoeff[2] = (short) add(exp, 19 - 16);

        // <xn,y2>: Q10, stored as -2<xn,y2>
        acc = 1;
        for (int i = 0; i < L_SUBFR; i++) {
            acc = lMac(acc, xn[xnOff + i], shr(y2[y2Off + i], 3));
        }
        exp = normL(acc);
        int xny2 = round(lShl(acc, exp));
        gCoeff[3] = (short) negate(xny2);
        expGCoeff[3] = (short) sub(add(exp, 10 - 16), 1);

        // <y1,y2>: Q10, stored as 2<y1,y2>
        acc = 1;
        for (int i = 0; i < L_SUBFR; i++) {
            acc = lMac(acc, y1[y1Off + i], shr(y2[y2Off + i], 3));
        }
        exp = normL(acc);
        gCoeff[4] = (short) round(lShl(acc, exp));
        expGCoeff[4] = (short) sub(add(exp, 10 - 16), 1);
    }
}
