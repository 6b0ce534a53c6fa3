package org.strowger.codec.g729.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.strowger.codec.g729.internal.G729Constants.L_SUBFR;

import java.util.Random;

import org.junit.Test;

/**
 * Properties of the correlation helpers checked against plain double
 * arithmetic: the backward filtered target of G.729 3.8.1 (eq. 51) scaled to
 * 13 bits, and the gain-quantizer correlations of 3.9.2.
 */
public class CorrelationsTest {

    @Test
    public void backwardFilteredTargetIsScaledCorrelation() {
        Random rnd = new Random(11);
        short[] h = new short[L_SUBFR];
        short[] x = new short[L_SUBFR + 3];
        short[] d = new short[L_SUBFR + 5];
        int[] y32 = new int[L_SUBFR];
        for (int trial = 0; trial < 1000; trial++) {
            int ampH = 1 + rnd.nextInt(4096);
            int ampX = 1 + rnd.nextInt(trial % 2 == 0 ? 30000 : 300);
            for (int i = 0; i < L_SUBFR; i++) {
                // a decaying impulse response, as a weighted synthesis filter has
                h[i] = (short) ((rnd.nextInt(2 * ampH + 1) - ampH) * (L_SUBFR - i) / L_SUBFR);
                x[3 + i] = (short) (rnd.nextInt(2 * ampX + 1) - ampX);
            }
            h[0] = 4096;
            Correlations.corHX(h, 0, x, 3, d, 5, y32);

            long[] c = new long[L_SUBFR];
            long max = 0;
            boolean fits = true;
            for (int n = 0; n < L_SUBFR; n++) {
                long s = 0;
                for (int i = n; i < L_SUBFR; i++) {
                    s += 2L * x[3 + i] * h[i - n];
                    fits &= s >= Integer.MIN_VALUE && s <= Integer.MAX_VALUE;
                }
                c[n] = s;
                max = Math.max(max, Math.abs(s));
            }
            if (!fits || max == 0) {
                continue; // the saturated cases are not a property of the text
            }
            // scaling: the largest |d| takes 13 bits (unless the correlations are tiny)
            int shift = Math.max(2, 64 - Long.numberOfLeadingZeros(max) - 13);
            int maxD = 0;
            for (int n = 0; n < L_SUBFR; n++) {
                assertEquals("n=" + n, c[n] >> shift, d[5 + n]);
                maxD = Math.max(maxD, Math.abs(d[5 + n]));
            }
            assertTrue(maxD < 8192);
            if (shift > 2) {
                assertTrue(maxD >= 4096);
            }
        }
    }

    @Test
    public void gainCorrelationsAreMantissaExponentPairs() {
        Random rnd = new Random(5);
        short[] xn = new short[L_SUBFR];
        short[] y1 = new short[L_SUBFR];
        short[] y2 = new short[L_SUBFR];
        short[] g = new short[5];
        short[] e = new short[5];
        for (int trial = 0; trial < 1000; trial++) {
            int ax = 1 + rnd.nextInt(10000);
            int a1 = 1 + rnd.nextInt(10000);
            int a2 = 1 + rnd.nextInt(4000);
            double y2y2 = 0;
            double xny2 = 0;
            double y1y2 = 0;
            for (int i = 0; i < L_SUBFR; i++) {
                xn[i] = (short) (rnd.nextInt(2 * ax + 1) - ax);
                y1[i] = (short) (rnd.nextInt(2 * a1 + 1) - a1);
                y2[i] = (short) (8 * (rnd.nextInt(2 * a2 + 1) - a2)); // exact in Q9
                double z = y2[i] / 4096.0; // Q12
                y2y2 += z * z;
                xny2 += xn[i] * z;
                y1y2 += y1[i] * z;
            }
            g[0] = 123;
            g[1] = 456;
            e[0] = 7;
            e[1] = 8;
            Correlations.corrXy2(xn, 0, y1, 0, y2, 0, g, e);
            assertEquals(123, g[0]);
            assertEquals(456, g[1]);
            assertEquals(7, e[0]);
            assertEquals(8, e[1]);

            // value = mantissa * 2^-exp; the reference adds 1 LSB (Q19 / Q10) to each sum
            assertEquals(y2y2, g[2] * Math.pow(2, -e[2]), Math.abs(y2y2) * 1e-3 + 1e-5);
            assertEquals(-2 * xny2, g[3] * Math.pow(2, -e[3]), Math.abs(xny2) * 2e-3 + 2e-3);
            assertEquals(2 * y1y2, g[4] * Math.pow(2, -e[4]), Math.abs(y1y2) * 2e-3 + 2e-3);
        }
    }
}
