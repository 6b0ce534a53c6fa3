package org.strowger.codec.g729.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.strowger.codec.g729.internal.G729Constants.L_SUBFR;

import java.util.Random;

import org.junit.Test;

/**
 * Properties of the algebraic codebook search (G.729 3.8 and A.3.8): the
 * 17 bit codeword format of Table 7 / equation 47, signs following d[n],
 * the filtered codeword being the convolution with h, the pitch sharpening,
 * and recovery of an isolated 4-pulse target.
 */
public class AlgebraicCodebookTest {

    /** Decodes index/sign as G.729 3.8 describes (and the decoder does) into c[n] in Q13 (+8191 / -8192). */
    static int[] positions(int index) {
        int[] pos = new int[4];
        pos[0] = (index & 7) * 5;
        index >>= 3;
        pos[1] = (index & 7) * 5 + 1;
        index >>= 3;
        pos[2] = (index & 7) * 5 + 2;
        index >>= 3;
        int jx = index & 1;
        index >>= 1;
        pos[3] = (index & 7) * 5 + 3 + jx;
        return pos;
    }

    static short[] codeword(int index, int sign) {
        short[] c = new short[L_SUBFR];
        int[] pos = positions(index);
        for (int k = 0; k < 4; k++) {
            c[pos[k]] = (short) (((sign >> k) & 1) != 0 ? 8191 : -8192); // +-1 in Q13 (+1 as 32767 >> 2)
        }
        return c;
    }

    @Test
    public void codewordMatchesIndexSignsAndFilteredVector() {
        Random rnd = new Random(3);
        AlgebraicCodebook cb = new AlgebraicCodebook();
        short[] x = new short[L_SUBFR];
        short[] h = new short[L_SUBFR];
        short[] hCopy = new short[L_SUBFR];
        short[] code = new short[L_SUBFR + 2];
        short[] y = new short[L_SUBFR + 4];
        int[] out = new int[1];
        for (int trial = 0; trial < 3000; trial++) {
            int amp = 1 + rnd.nextInt(trial % 2 == 0 ? 20000 : 500);
            for (int i = 0; i < L_SUBFR; i++) {
                x[i] = (short) (rnd.nextInt(2 * amp + 1) - amp);
                h[i] = (short) ((rnd.nextInt(4001) - 2000) * (L_SUBFR - i) / L_SUBFR / 2);
            }
            h[0] = 4096;
            System.arraycopy(h, 0, hCopy, 0, L_SUBFR);
            int t0 = L_SUBFR + rnd.nextInt(100); // no pitch sharpening
            int index = cb.acelpCodeA(x, 0, h, 0, t0, 3277 + rnd.nextInt(9700), code, 2, y, 4, out);
            int sign = out[0];
            assertTrue(index >= 0 && index < (1 << 13));
            assertTrue(sign >= 0 && sign < 16);
            assertArrayEquals("h must not change when T0 >= 40", hCopy, h);

            short[] c = codeword(index, sign);
            for (int n = 0; n < L_SUBFR; n++) {
                assertEquals("code n=" + n, c[n], code[2 + n]);
            }

            // signs follow the backward filtered target
            int[] pos = positions(index);
            for (int k = 0; k < 4; k++) {
                long d = 0;
                for (int i = pos[k]; i < L_SUBFR; i++) {
                    d += (long) x[i] * h[i - pos[k]];
                }
                boolean positive = ((sign >> k) & 1) != 0;
                assertEquals("sign of pulse " + k, d >= 0, positive);
            }

            // filtered codeword: y = c * h (c in Q13 = +-1), no saturation at these amplitudes
            for (int n = 0; n < L_SUBFR; n++) {
                int s = 0;
                for (int k = 0; k < 4; k++) {
                    if (n >= pos[k]) {
                        s += (c[pos[k]] > 0 ? 1 : -1) * h[n - pos[k]];
                    }
                }
                assertEquals("y n=" + n, s, y[4 + n]);
            }
        }
    }

    @Test
    public void pitchSharpeningAppliedToResponseAndCodeword() {
        Random rnd = new Random(4);
        AlgebraicCodebook cb = new AlgebraicCodebook();
        short[] x = new short[L_SUBFR];
        short[] h = new short[L_SUBFR];
        short[] h0 = new short[L_SUBFR];
        short[] code = new short[L_SUBFR];
        short[] y = new short[L_SUBFR];
        int[] out = new int[1];
        for (int trial = 0; trial < 1000; trial++) {
            for (int i = 0; i < L_SUBFR; i++) {
                x[i] = (short) (rnd.nextInt(8001) - 4000);
                h[i] = (short) ((rnd.nextInt(2001) - 1000) * (L_SUBFR - i) / L_SUBFR);
            }
            h[0] = 4096;
            System.arraycopy(h, 0, h0, 0, L_SUBFR);
            int t0 = 20 + rnd.nextInt(20);
            int sharp = 3277 + rnd.nextInt(13017 - 3277 + 1); // 0.2 .. 0.8 in Q14
            double beta = sharp / 16384.0;
            int index = cb.acelpCodeA(x, 0, h, 0, t0, sharp, code, 0, y, 0, out);

            // h'(n) = h(n) + beta h'(n - T0)
            for (int n = 0; n < L_SUBFR; n++) {
                double e = h0[n] + (n >= t0 ? beta * h[n - t0] : 0);
                assertEquals("h n=" + n, e, h[n], 1.0);
            }
            // c'(n) = c(n) + beta c'(n - T0)
            short[] c = codeword(index, out[0]);
            for (int n = 0; n < L_SUBFR; n++) {
                double e = c[n] + (n >= t0 ? beta * code[n - t0] : 0);
                assertEquals("code n=" + n, e, code[n], 1.0);
            }
        }
    }

    /** With h a unit impulse, a target made of 4 clear pulses (one per track) is found exactly. */
    @Test
    public void isolatedPulsesAreRecovered() {
        Random rnd = new Random(9);
        AlgebraicCodebook cb = new AlgebraicCodebook();
        short[] x = new short[L_SUBFR];
        short[] h = new short[L_SUBFR];
        short[] code = new short[L_SUBFR];
        short[] y = new short[L_SUBFR];
        int[] out = new int[1];
        for (int trial = 0; trial < 2000; trial++) {
            java.util.Arrays.fill(h, (short) 0);
            h[0] = 4096;
            for (int i = 0; i < L_SUBFR; i++) {
                x[i] = (short) (rnd.nextInt(201) - 100);
            }
            int[] pos = {
                5 * rnd.nextInt(8), 5 * rnd.nextInt(8) + 1, 5 * rnd.nextInt(8) + 2, 5 * rnd.nextInt(8) + 3 + rnd.nextInt(2)};
            int sign = rnd.nextInt(16);
            for (int k = 0; k < 4; k++) {
                int a = 2000 + rnd.nextInt(3000);
                x[pos[k]] = (short) (((sign >> k) & 1) != 0 ? a : -a);
            }
            int index = cb.acelpCodeA(x, 0, h, 0, 60, 3277, code, 0, y, 0, out);
            assertArrayEquals("trial " + trial, pos, positions(index));
            assertEquals(sign, out[0]);
        }
    }
}
