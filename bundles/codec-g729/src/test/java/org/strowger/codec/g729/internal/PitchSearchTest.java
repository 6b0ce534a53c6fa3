package org.strowger.codec.g729.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.strowger.codec.g729.internal.G729Constants.L_FRAME;
import static org.strowger.codec.g729.internal.G729Constants.L_SUBFR;
import static org.strowger.codec.g729.internal.G729Constants.PIT_MAX;
import static org.strowger.codec.g729.internal.G729Constants.PIT_MIN;

import java.util.Random;

import org.junit.Test;

/**
 * Properties of the pitch analysis that the text of G.729 states directly
 * (delay coding of 3.7.2, the gain definition of 3.7.3, the open-loop estimate
 * of A.3.4 on a clearly periodic signal), checked independently of the
 * fixed-point code paths.
 */
public class PitchSearchTest {

    /**
     * 3.7.2, first subframe: lags 19 1/3 .. 84 2/3 in thirds then integers
     * 85 .. 143 map one to one and in increasing order onto the 8 bit indices
     * 0 .. 255, with index = 3 (T0 - 19) + frac - 1 and index = T0 - 85 + 197.
     */
    @Test
    public void firstSubframeDelayIndexCoversEightBitsInOrder() {
        int[] range = new int[2];
        int expected = 0;
        // fractional part: lag = T0 + frac/3, from 19 + 1/3 to 84 + 2/3 (= 85 - 1/3)
        for (int thirds = 3 * 19 + 1; thirds <= 3 * 85 - 1; thirds++) {
            int t0 = (thirds + 1) / 3; // nearest integer, fraction in -1..1
            int frac = thirds - 3 * t0;
            int index = PitchSearch.encLag3(t0, frac, range, PIT_MIN, PIT_MAX, 0);
            assertEquals("lag " + t0 + " " + frac + "/3", expected, index);
            assertEquals(3 * (t0 - 19) + frac - 1, index);
            expected++;
        }
        for (int t0 = 85; t0 <= 143; t0++) {
            int index = PitchSearch.encLag3(t0, 0, range, PIT_MIN, PIT_MAX, 0);
            assertEquals("lag " + t0, expected, index);
            if (t0 >= 86) {
                assertEquals(t0 - 85 + 197, index);
            }
            expected++;
        }
        assertEquals(256, expected);
    }

    /**
     * 3.7.2: the second subframe searches [t_min, t_max] with t_min = T1 - 5,
     * t_max = t_min + 9, kept inside [20, 143]; its delay, t_min - 2/3 .. t_max + 2/3,
     * is coded on 5 bits as 3 (T0 - (t_min - 1)) + frac - 1, i.e. 0..31 in increasing
     * lag order.
     */
    @Test
    public void secondSubframeDelayIsRelativeToFirst() {
        int[] range = new int[2];
        for (int t1 = PIT_MIN; t1 <= PIT_MAX; t1++) {
            PitchSearch.encLag3(t1, 0, range, PIT_MIN, PIT_MAX, 0);
            int tMin = range[0];
            int tMax = range[1];
            assertEquals(9, tMax - tMin);
            assertTrue(tMin >= PIT_MIN && tMax <= PIT_MAX);
            assertTrue(tMin <= t1 && t1 <= tMax);
            if (t1 - 5 >= PIT_MIN && t1 + 4 <= PIT_MAX) {
                assertEquals(t1 - 5, tMin);
            }
            // lags t_min - 2/3 .. t_max + 2/3 in thirds: 32 values, indices 0..31
            int expected = 0;
            for (int thirds = 3 * tMin - 2; thirds <= 3 * tMax + 2; thirds++) {
                int t0 = (thirds + 1) / 3; // nearest integer, fraction in -1..1
                int frac = thirds - 3 * t0;
                int index = PitchSearch.encLag3(t0, frac, range, PIT_MIN, PIT_MAX, L_SUBFR);
                assertEquals(expected, index);
                assertEquals(3 * (t0 - (tMin - 1)) + frac - 1, index);
                expected++;
                // the second subframe must not change the range
                assertEquals(tMin, range[0]);
                assertEquals(tMax, range[1]);
            }
            assertEquals(32, expected);
        }
    }

    /**
     * 3.7.3: g_p = &lt;x,y&gt; / &lt;y,y&gt; bounded to [0, 1.2], in Q14; the
     * returned correlations are mantissa/exponent pairs of &lt;y,y&gt; and &lt;x,y&gt;.
     * Includes signals large enough to overflow the 32 bit sums.
     */
    @Test
    public void pitchGainIsRatioOfCorrelations() {
        Random rnd = new Random(7);
        short[] x = new short[L_SUBFR];
        short[] y = new short[L_SUBFR];
        short[] g = new short[4];
        for (int trial = 0; trial < 2000; trial++) {
            int ampY = 1 + rnd.nextInt(trial % 3 == 0 ? 32767 : 3000);
            double ratio = rnd.nextDouble() * 1.6 - 0.2;
            int noise = rnd.nextInt(2000);
            double yy = 0;
            double xy = 0;
            for (int i = 0; i < L_SUBFR; i++) {
                y[i] = (short) (rnd.nextInt(2 * ampY + 1) - ampY);
                double xv = ratio * y[i] + rnd.nextInt(2 * noise + 1) - noise;
                x[i] = (short) Math.max(-32768, Math.min(32767, Math.round(xv)));
                yy += (double) y[i] * y[i];
                xy += (double) x[i] * y[i];
            }
            if (Math.abs(xy) > 4.0e9) {
                continue; // beyond the headroom of the reference: even the sum with y/4 saturates
            }
            int gain = PitchSearch.gPitch(x, 0, y, 0, g, L_SUBFR);

            double expected = Math.max(0, Math.min(1.2, xy / yy));
            assertEquals("trial " + trial, expected, gain / 16384.0, 2e-3 + expected * 2e-3);
            assertTrue(gain >= 0 && gain <= 19661);

            // <y,y> = g[0] * 2^g[1] (the +1 of the reference only matters for tiny energies)
            double yyCoded = g[0] * Math.pow(2, g[1]);
            assertEquals("yy trial " + trial, yy, yyCoded, yy * 1e-3 + 2);
            if (xy > 0 && g[2] > 0) {
                double xyCoded = g[2] * Math.pow(2, g[3]);
                assertEquals("xy trial " + trial, xy, xyCoded, xy * 1e-3 + 2);
            } else if (g[2] <= 0) {
                assertEquals(-15, g[3]);
            }
        }
    }

    /**
     * A.3.4: a sinusoid whose period divides 160 (so that every window of 40
     * samples taken every second sample holds the same energy) gives its
     * period as open-loop lag: the exact period wins its section, and the
     * multiple test favours the smallest of the periods 20 / 40 / 80. Covers
     * the three scalings of the search (up, none, down).
     */
    @Test
    public void openLoopLagOfPeriodicSignal() {
        PitchSearch ps = new PitchSearch();
        short[] wsp = new short[PIT_MAX + L_FRAME + 7];
        int[][] cases = {{20, 60}, {20, 1000}, {20, 30000}, {40, 60}, {40, 3000}, {40, 32000},
            {80, 2000}, {80, 20000}, {80, 32767}};
        for (int[] c : cases) {
            int period = c[0];
            for (int phase = 0; phase < 12; phase++) {
                for (int n = 0; n < wsp.length; n++) {
                    wsp[n] = (short) Math.round(c[1] * Math.cos(2 * Math.PI * n / period + 0.5 * phase));
                }
                int lag = ps.pitchOlFast(wsp, PIT_MAX + 7, PIT_MAX, L_FRAME);
                assertEquals("period " + period + " amplitude " + c[1] + " phase " + phase, period, lag);
            }
        }
    }
}
