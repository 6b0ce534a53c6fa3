package org.strowger.codec.g729.internal;

import static org.strowger.codec.g729.internal.BasicOps.*;
import static org.strowger.codec.g729.internal.G729Constants.*;

/**
 * Fixed (algebraic) codebook search of the G.729 Annex A encoder (A.3.8,
 * reference file ACELP_CA.C).
 *
 * <p>The innovation has four signed unit pulses in a 40 sample subframe, one
 * on each track:
 * <pre>
 *   track 0: 0, 5, 10, ... 35        track 1: 1, 6, 11, ... 36
 *   track 2: 2, 7, 12, ... 37        track 3: 3, 8, ... 38 and 4, 9, ... 39
 * </pre>
 * The sign of each pulse is fixed beforehand to the sign of the backward
 * filtered target d[n] at its position, and the positions are found by the
 * Annex A depth-first tree search, which maximises C^2/E (correlation squared
 * over energy of the filtered codeword) over a reduced set of combinations.
 *
 * <p>One instance per encoder channel: it owns the correlation matrix and the
 * other scratch arrays (allocated once, nothing is allocated per subframe).
 */
final class AlgebraicCodebook {

    /*
     * Layout of the correlation matrix rr[] (DIM_RR = 616 entries): the five
     * diagonals rr[i][i] per track (NB_POS entries each, stored for track 0..4
     * where track 3 and 4 are the two halves of the fourth pulse's positions),
     * then the ten cross-correlation blocks rr[i][j] between tracks
     * (MSIZE = 8*8 entries each, row = position of the first track).
     */
    private static final int RRI0I0 = 0;
    private static final int RRI1I1 = RRI0I0 + NB_POS;
    private static final int RRI2I2 = RRI1I1 + NB_POS;
    private static final int RRI3I3 = RRI2I2 + NB_POS;
    private static final int RRI4I4 = RRI3I3 + NB_POS;
    private static final int RRI0I1 = RRI4I4 + NB_POS;
    private static final int RRI0I2 = RRI0I1 + MSIZE;
    private static final int RRI0I3 = RRI0I2 + MSIZE;
    private static final int RRI0I4 = RRI0I3 + MSIZE;
    private static final int RRI1I2 = RRI0I4 + MSIZE;
    private static final int RRI1I3 = RRI1I2 + MSIZE;
    private static final int RRI1I4 = RRI1I3 + MSIZE;
    private static final int RRI2I3 = RRI1I4 + MSIZE;
    private static final int RRI2I4 = RRI2I3 + MSIZE;

    /**
     * Where Cor_h stores the cross-correlations at track distance d = 1..4
     * (row d - 1): entry j is the block that receives the running sum after the
     * j-th of each five products along the diagonal (NO_BLOCK: none). Entries
     * j &lt; 5 - d fill the block's diagonals on and above the main one (from
     * its last element rr[7][7] up), the others those below it (from rr[7][6]).
     */
    private static final int NO_BLOCK = -1;
    private static final int[][] CROSS_BLOCKS = {
        {NO_BLOCK, RRI2I3, RRI1I2, RRI0I1, RRI0I4},
        {RRI2I4, RRI1I3, RRI0I2, RRI1I4, RRI0I3},
        {RRI1I4, RRI0I3, RRI2I4, RRI1I3, RRI0I2},
        {RRI0I4, NO_BLOCK, RRI2I3, RRI1I2, RRI0I1},
    };

    /** Correlation matrix of the impulse response (see layout above). */
    private final short[] rr = new short[DIM_RR];
    /** Backward filtered target d[n]; made non-negative by the sign selection. */
    private final short[] dn = new short[L_SUBFR];
    /** Impulse response scaled for maximum precision (Cor_h). */
    private final short[] hScaled = new short[L_SUBFR];
    /** Sign of d[n] at each position (+1 or -1 in Q15). */
    private final short[] signDn = new short[L_SUBFR];
    /** Opposite of {@link #signDn}. */
    private final short[] signDnInv = new short[L_SUBFR];
    /** Partial energies reused by the inner search loops. */
    private final short[] tmpVect = new short[NB_POS];
    /** Scratch for {@link Correlations#corHX}. */
    private final int[] y32 = new int[L_SUBFR];

    AlgebraicCodebook() {
    }

    /**
     * ACELP_Code_A: searches the algebraic codebook for one subframe.
     *
     * <p>When the pitch lag is shorter than the subframe the pitch sharpening
     * filter 1/(1 - beta z^-T0) (beta = the previous quantized pitch gain,
     * bounded to 0.2..0.8) is included in the impulse response before the
     * search and applied to the chosen codeword after it (G.729 3.8).
     *
     * @param x          target for the codebook search x'[0..39] (the pitch
     *                   contribution removed: xn2 of the encoder) starting at {@code xOff}
     * @param xOff       offset of x[0]
     * @param h          impulse response h[0..39] of the weighted synthesis filter (Q12)
     *                   starting at {@code hOff}; MODIFIED in place (the pitch sharpening
     *                   is added to it), as in the reference
     * @param hOff       offset of h[0]
     * @param t0         integer pitch lag of the subframe
     * @param pitchSharp pitch sharpening gain (Q14), the encoder's {@code sharp}
     * @param code       receives the innovation c[0..39] (Q13, with the sharpening)
     *                   starting at {@code codeOff}
     * @param codeOff    offset of code[0]
     * @param y          receives the filtered innovation z[0..39] (Q12) starting at
     *                   {@code yOff}
     * @param yOff       offset of y[0]
     * @param out        caller-owned; receives out[0] = the 4 bit sign index
     * @return the 13 bit pulse position index
     */
    int acelpCodeA(short[] x, int xOff, short[] h, int hOff, int t0, int pitchSharp,
            short[] code, int codeOff, short[] y, int yOff, int[] out) {
        int sharp = shl(pitchSharp, 1); // Q14 -> Q15
        if (t0 < L_SUBFR) {
            for (int i = t0; i < L_SUBFR; i++) {
                h[hOff + i] = (short) add(h[hOff + i], mult(h[hOff + i - t0], sharp));
            }
        }

        corH(h, hOff);
        Correlations.corHX(h, hOff, x, xOff, dn, 0, y32);

        int index = d4i40x17Fast(h, hOff, code, codeOff, y, yOff, out);

        if (t0 < L_SUBFR) {
            for (int i = t0; i < L_SUBFR; i++) {
                code[codeOff + i] = (short) add(code[codeOff + i], mult(code[codeOff + i - t0], sharp));
            }
        }
        return index;
    }

    /**
     * Cor_h: the correlations rr[i][j] = sum h[n-i] h[n-j] that give the energy
     * of a filtered codeword (G.729 3.8.1, matrix Phi), after scaling h for
     * maximum precision. Only the entries the search reads are computed, in
     * the layout described at the top of the class.
     */
    private void corH(short[] hIn, int hOff) {
        final short[] h = hScaled;
        final short[] r = rr;

        int cor = 0;
        for (int i = 0; i < L_SUBFR; i++) {
            cor = lMac(cor, hIn[hOff + i], hIn[hOff + i]);
        }
        if (sub(extractH(cor), 32000) > 0) {
            for (int i = 0; i < L_SUBFR; i++) {
                h[i] = (short) shr(hIn[hOff + i], 1);
            }
        } else {
            int k = shr(normL(cor), 1);
            for (int i = 0; i < L_SUBFR; i++) {
                h[i] = (short) shl(hIn[hOff + i], k);
            }
        }

        // With the scaled energy within 32 bits no partial correlation below can
        // saturate (Cauchy-Schwarz), so the L_mac chains reduce to plain sums.
        long energy = 0;
        for (int i = 0; i < L_SUBFR; i++) {
            energy += 2L * h[i] * h[i];
        }
        final boolean exact = energy <= MAX_32;

        // diagonals rr[i][i]
        int p0 = RRI0I0 + NB_POS - 1;
        int p1 = RRI1I1 + NB_POS - 1;
        int p2 = RRI2I2 + NB_POS - 1;
        int p3 = RRI3I3 + NB_POS - 1;
        int p4 = RRI4I4 + NB_POS - 1;
        int ph = 0;
        cor = 0;
        for (int i = 0; i < NB_POS; i++) {
            cor = mac(cor, h[ph], h[ph], exact);
            ph++;
            r[p4--] = (short) extractH(cor);
            cor = mac(cor, h[ph], h[ph], exact);
            ph++;
            r[p3--] = (short) extractH(cor);
            cor = mac(cor, h[ph], h[ph], exact);
            ph++;
            r[p2--] = (short) extractH(cor);
            cor = mac(cor, h[ph], h[ph], exact);
            ph++;
            r[p1--] = (short) extractH(cor);
            cor = mac(cor, h[ph], h[ph], exact);
            ph++;
            r[p0--] = (short) extractH(cor);
        }

        // cross-correlations rr[i][j] of tracks at distance 1..4 (mod 5): each pass
        // runs one sum of products along a diagonal of h and stores it, after every
        // product, to the block of the track pair that position pair belongs to
        final int ldec = NB_POS + 1;
        for (int dist = 1; dist < STEP; dist++) {
            final int[] blocks = CROSS_BLOCKS[dist - 1];
            final int nUpper = STEP - dist;
            int lFinSup = MSIZE - 1;
            int lFinInf = lFinSup - 1;
            for (int k = 0; k < NB_POS; k++) {
                cor = 0;
                int a = 0;
                int b = dist + k * STEP;
                int dec = 0;
                // the last row of a pass is cut short: only the upper-diagonal slots remain
                for (int i = k + 1; i <= NB_POS; i++) {
                    final int slots = i < NB_POS ? STEP : nUpper;
                    for (int j = 0; j < slots; j++) {
                        cor = mac(cor, h[a++], h[b++], exact);
                        final int block = blocks[j];
                        if (block >= 0) {
                            r[block + (j < nUpper ? lFinSup : lFinInf) - dec] = (short) extractH(cor);
                        }
                    }
                    dec += ldec;
                }
                lFinSup -= NB_POS;
                lFinInf--;
            }
        }
    }

    /**
     * D4i40_17_fast: the depth-first pulse search and the construction of the
     * chosen codeword, its filtered version and its 17 bit index (13 position
     * bits returned, 4 sign bits in out[0]).
     */
    private int d4i40x17Fast(short[] h, int hOff, short[] cod, int codOff, short[] y, int yOff, int[] out) {
        final short[] d = dn;
        final short[] r = rr;
        final short[] tmp = tmpVect;

        // the sign of each pulse follows the sign of d[n]; d[] is made non-negative
        for (int i = 0; i < L_SUBFR; i++) {
            if (d[i] >= 0) {
                signDn[i] = MAX_16;
                signDnInv[i] = MIN_16;
            } else {
                signDn[i] = MIN_16;
                signDnInv[i] = MAX_16;
                d[i] = (short) negate(d[i]);
            }
        }

        // fold the signs into the cross-correlations rr[i][j]
        int p0 = RRI0I1;
        int p1 = RRI0I2;
        int p2 = RRI0I3;
        int p3 = RRI0I4;
        for (int i0 = 0; i0 < L_SUBFR; i0 += STEP) {
            short[] psign = signDn[i0] < 0 ? signDnInv : signDn;
            for (int i1 = 1; i1 < L_SUBFR; i1 += STEP) {
                r[p0] = (short) mult(r[p0], psign[i1]);
                p0++;
                r[p1] = (short) mult(r[p1], psign[i1 + 1]);
                p1++;
                r[p2] = (short) mult(r[p2], psign[i1 + 2]);
                p2++;
                r[p3] = (short) mult(r[p3], psign[i1 + 3]);
                p3++;
            }
        }
        p0 = RRI1I2;
        p1 = RRI1I3;
        p2 = RRI1I4;
        for (int i1 = 1; i1 < L_SUBFR; i1 += STEP) {
            short[] psign = signDn[i1] < 0 ? signDnInv : signDn;
            for (int i2 = 2; i2 < L_SUBFR; i2 += STEP) {
                r[p0] = (short) mult(r[p0], psign[i2]);
                p0++;
                r[p1] = (short) mult(r[p1], psign[i2 + 1]);
                p1++;
                r[p2] = (short) mult(r[p2], psign[i2 + 2]);
                p2++;
            }
        }
        p0 = RRI2I3;
        p1 = RRI2I4;
        for (int i2 = 2; i2 < L_SUBFR; i2 += STEP) {
            short[] psign = signDn[i2] < 0 ? signDnInv : signDn;
            for (int i3 = 3; i3 < L_SUBFR; i3 += STEP) {
                r[p0] = (short) mult(r[p0], psign[i3]);
                p0++;
                r[p1] = (short) mult(r[p1], psign[i3 + 1]);
                p1++;
            }
        }

        /*
         * Search of the positions maximising (correlation)^2 / energy, with the
         * fourth pulse first on track 3 (positions 3, 8, ...) then on track 4
         * (4, 9, ...). For each, two depth-first passes: (track 2, track 3/4)
         * then (track 0, track 1); and (track 3/4, track 0) then (track 1,
         * track 2); in each first stage only the two best d[n] positions of the
         * first track are tried.
         */
        /*
         * Arithmetic of the search: every quantity is bounded so that the basic
         * operators of the reference never saturate here, and plain int
         * arithmetic is bit-exact: rr[] and tmpVect[] are 16 bit, so each alp
         * accumulation stays within [-2^31, 2^31 - 2^16] (worst case: stage B,
         * 2^14 + 2^13 + 2^13 + 2^12 + 2^13 times 32768 plus 2^15 times the
         * 20480 of tmpVect), and rounding adds at most 2^15 to it; d[] is
         * non-negative so ps and sq are too (sq >= -1 initially), and the
         * comparison alp*sq2 - sq*alp16 of 16 bit values fits in 32 bits and
         * has the sign of the reference's L_msu(L_mult(..)). The pulse
         * amplitude sums keep the saturating add.
         */
        int psk = -1;
        int alpk = 1;
        int rri0i3i4 = RRI0I3;
        int rri1i3i4 = RRI1I3;
        int rri2i3i4 = RRI2I3;
        int rri3i3i4 = RRI3I3;

        int ip0 = 0;
        int ip1 = 1;
        int ip2 = 2;
        int ip3 = 3;
        int ix = 0;
        int iy = 0;
        int ps = 0;
        int i0 = 0;
        int i1;

        for (int track = 3; track < 5; track++) {
            // ---- search 1, stage A: track 2 and track 3/4
            int sq = -1;
            int alp = 1;
            int prevI0 = -1;
            for (int i = 0; i < 2; i++) {
                int max = -1;
                for (int j = 2; j < L_SUBFR; j += STEP) {
                    if (d[j] > max && prevI0 != j) {
                        max = d[j];
                        i0 = j;
                    }
                }
                prevI0 = i0;

                int j = mult(i0, 6554); // i0 / 5
                int ps1 = d[i0];
                int alp1 = (r[RRI2I2 + j] << 14);
                int q0 = rri2i3i4 + shl(j, 3);
                int q1 = rri3i3i4;
                for (i1 = track; i1 < L_SUBFR; i1 += STEP) {
                    int ps2 = add(ps1, d[i1]);
                    int alp2 = alp1 + (r[q0++] << 15);
                    alp2 = alp2 + (r[q1++] << 14);
                    int sq2 = (ps2 * ps2) >> 15;
                    int alp16 = (alp2 + 0x8000) >> 16;
                    if (alp * sq2 - sq * alp16 > 0) {
                        sq = sq2;
                        ps = ps2;
                        alp = alp16;
                        ix = i0;
                        iy = i1;
                    }
                }
            }
            i0 = ix;
            i1 = iy;

            // ---- search 1, stage B: track 0 and track 1
            int ps0 = ps;
            int alp0 = (alp << 14);
            sq = -1;
            alp = 1;

            // rr[i3][i3] + rr[i0][i3] + rr[i1][i3] for the track 1 positions
            int q0 = RRI1I2 + mult(i0, 6554);
            int q1 = rri1i3i4 + mult(i1, 6554);
            int q2 = RRI1I1;
            int t = 0;
            for (int i3 = 1; i3 < L_SUBFR; i3 += STEP) {
                int s = (r[q0] << 14);
                q0 += NB_POS;
                s = s + (r[q1] << 14);
                q1 += NB_POS;
                s = s + (r[q2++] << 13);
                tmp[t++] = (short) ((s + 0x8000) >> 16);
            }

            q0 = RRI0I2 + mult(i0, 6554);
            q1 = rri0i3i4 + mult(i1, 6554);
            q2 = RRI0I0;
            int q3 = RRI0I1;
            for (int i2 = 0; i2 < L_SUBFR; i2 += STEP) {
                int ps1 = add(ps0, d[i2]);
                int alp1 = alp0 + (r[q0] << 13);
                q0 += NB_POS;
                alp1 = alp1 + (r[q1] << 13);
                q1 += NB_POS;
                alp1 = alp1 + (r[q2++] << 12);
                int q4 = 0;
                for (int i3 = 1; i3 < L_SUBFR; i3 += STEP) {
                    int ps2 = add(ps1, d[i3]);
                    int alp2 = alp1 + (r[q3++] << 13);
                    alp2 = alp2 + (tmp[q4++] << 15);
                    int sq2 = (ps2 * ps2) >> 15;
                    int alp16 = (alp2 + 0x8000) >> 16;
                    if (alp * sq2 - sq * alp16 > 0) {
                        sq = sq2;
                        alp = alp16;
                        ix = i2;
                        iy = i3;
                    }
                }
            }

            // keep the best codeword so far
            if (alpk * sq - psk * alp > 0) {
                psk = sq;
                alpk = alp;
                ip2 = i0;
                ip3 = i1;
                ip0 = ix;
                ip1 = iy;
            }

            // ---- search 2, stage A: track 3/4 and track 0
            sq = -1;
            alp = 1;
            prevI0 = -1;
            for (int i = 0; i < 2; i++) {
                int max = -1;
                for (int j = track; j < L_SUBFR; j += STEP) {
                    if (d[j] > max && prevI0 != j) {
                        max = d[j];
                        i0 = j;
                    }
                }
                prevI0 = i0;

                int j = mult(i0, 6554);
                int ps1 = d[i0];
                int alp1 = (r[rri3i3i4 + j] << 14);
                q0 = rri0i3i4 + j;
                q1 = RRI0I0;
                for (i1 = 0; i1 < L_SUBFR; i1 += STEP) {
                    int ps2 = add(ps1, d[i1]);
                    int alp2 = alp1 + (r[q0] << 15);
                    q0 += NB_POS;
                    alp2 = alp2 + (r[q1++] << 14);
                    int sq2 = (ps2 * ps2) >> 15;
                    int alp16 = (alp2 + 0x8000) >> 16;
                    if (alp * sq2 - sq * alp16 > 0) {
                        sq = sq2;
                        ps = ps2;
                        alp = alp16;
                        ix = i0;
                        iy = i1;
                    }
                }
            }
            i0 = ix;
            i1 = iy;
            int i1Offset = shl(mult(i1, 6554), 3); // 8 * (i1 / 5)

            // ---- search 2, stage B: track 1 and track 2
            ps0 = ps;
            alp0 = (alp << 14);
            sq = -1;
            alp = 1;

            q0 = rri2i3i4 + mult(i0, 6554);
            q1 = RRI0I2 + i1Offset;
            q2 = RRI2I2;
            t = 0;
            for (int i3 = 2; i3 < L_SUBFR; i3 += STEP) {
                int s = (r[q0] << 14);
                q0 += NB_POS;
                s = s + (r[q1++] << 14);
                s = s + (r[q2++] << 13);
                tmp[t++] = (short) ((s + 0x8000) >> 16);
            }

            q0 = rri1i3i4 + mult(i0, 6554);
            q1 = RRI0I1 + i1Offset;
            q2 = RRI1I1;
            q3 = RRI1I2;
            for (int i2 = 1; i2 < L_SUBFR; i2 += STEP) {
                int ps1 = add(ps0, d[i2]);
                int alp1 = alp0 + (r[q0] << 13);
                q0 += NB_POS;
                alp1 = alp1 + (r[q1++] << 13);
                alp1 = alp1 + (r[q2++] << 12);
                int q4 = 0;
                for (int i3 = 2; i3 < L_SUBFR; i3 += STEP) {
                    int ps2 = add(ps1, d[i3]);
                    int alp2 = alp1 + (r[q3++] << 13);
                    alp2 = alp2 + (tmp[q4++] << 15);
                    int sq2 = (ps2 * ps2) >> 15;
                    int alp16 = (alp2 + 0x8000) >> 16;
                    if (alp * sq2 - sq * alp16 > 0) {
                        sq = sq2;
                        alp = alp16;
                        ix = i2;
                        iy = i3;
                    }
                }
            }

            if (alpk * sq - psk * alp > 0) {
                psk = sq;
                alpk = alp;
                ip3 = i0;
                ip0 = i1;
                ip1 = ix;
                ip2 = iy;
            }

            // second pass: fourth pulse on track 4
            rri0i3i4 = RRI0I4;
            rri1i3i4 = RRI1I4;
            rri2i3i4 = RRI2I4;
            rri3i3i4 = RRI4I4;
        }

        // build the codeword (Q13) and its filtered version
        int s0 = signDn[ip0];
        int s1 = signDn[ip1];
        int s2 = signDn[ip2];
        int s3 = signDn[ip3];

        java.util.Arrays.fill(cod, codOff, codOff + L_SUBFR, (short) 0);
        cod[codOff + ip0] = (short) shr(s0, 2);
        cod[codOff + ip1] = (short) shr(s1, 2);
        cod[codOff + ip2] = (short) shr(s2, 2);
        cod[codOff + ip3] = (short) shr(s3, 2);

        for (int i = 0; i < ip0; i++) {
            y[yOff + i] = 0;
        }
        if (s0 > 0) {
            for (int i = ip0, j = 0; i < L_SUBFR; i++, j++) {
                y[yOff + i] = h[hOff + j];
            }
        } else {
            for (int i = ip0, j = 0; i < L_SUBFR; i++, j++) {
                y[yOff + i] = (short) negate(h[hOff + j]);
            }
        }
        addPulse(y, yOff, h, hOff, ip1, s1 > 0);
        addPulse(y, yOff, h, hOff, ip2, s2 > 0);
        addPulse(y, yOff, h, hOff, ip3, s3 > 0);

        // sign index: one bit per pulse, pulse 0 in the LSB
        int sign = 0;
        if (s0 > 0) {
            sign += 1;
        }
        if (s1 > 0) {
            sign += 2;
        }
        if (s2 > 0) {
            sign += 4;
        }
        if (s3 > 0) {
            sign += 8;
        }
        out[0] = sign;

        // position index: 3 bits for pulses 0..2 (position / 5), 4 bits for pulse 3
        // (2 * (position / 5) + (0 for track 3, 1 for track 4))
        ip0 = mult(ip0, 6554);
        ip1 = mult(ip1, 6554);
        ip2 = mult(ip2, 6554);
        int q = mult(ip3, 6554);
        int j = add(q, shl(q, 2));
        j = sub(ip3, add(j, 3));
        ip3 = add(shl(q, 1), j);

        int index = add(ip0, shl(ip1, 3));
        index = add(index, shl(ip2, 6));
        index = add(index, shl(ip3, 9));
        return index;
    }

    /** L_mac, or the plain multiply-add when saturation is known to be impossible. */
    private static int mac(int acc, int a, int b, boolean exact) {
        return exact ? acc + ((a * b) << 1) : lMac(acc, a, b);
    }

    /** Adds (or subtracts) h shifted to position {@code pos} to the filtered codeword. */
    private static void addPulse(short[] y, int yOff, short[] h, int hOff, int pos, boolean positive) {
        if (positive) {
            for (int i = pos, j = 0; i < L_SUBFR; i++, j++) {
                y[yOff + i] = (short) add(y[yOff + i], h[hOff + j]);
            }
        } else {
            for (int i = pos, j = 0; i < L_SUBFR; i++, j++) {
                y[yOff + i] = (short) sub(y[yOff + i], h[hOff + j]);
            }
        }
    }
}
