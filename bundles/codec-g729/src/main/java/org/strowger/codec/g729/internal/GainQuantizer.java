package org.strowger.codec.g729.internal;

import static org.strowger.codec.g729.internal.BasicOps.*;
import static org.strowger.codec.g729.internal.G729Constants.*;

/**
 * Joint vector quantization of the adaptive and fixed codebook gains (G.729
 * 3.9, reference file QUA_GAIN.C).
 *
 * <p>The fixed codebook gain is predicted from the energies of past
 * innovations (MA prediction, {@link GainPredictor}); the pair (g_p, gamma),
 * gamma being the correction factor of the predicted gain, is quantized with
 * the two-stage conjugate-structure codebook GBK1 (3 bits) x GBK2 (4 bits).
 * A pre-selection keeps NCAN1 x NCAN2 candidates around the unquantized
 * optimum, and the pair minimising the weighted error of equation 63 among
 * them is chosen.
 *
 * <p>One instance per encoder channel: it holds the memory of the gain
 * predictor (past_qua_en, the quantized energies of the last 4 subframes in
 * Q10, -14 dB = -14336 at start). The static form of {@link #quaGain} takes
 * that memory as an argument instead.
 */
final class GainQuantizer {

    /** Initial past quantized energy, -14 dB in Q10. */
    private static final short PAST_QUA_EN_INIT = -14336;

    /** Past quantized energies (Q10) of the gain predictor, newest first. */
    private final short[] pastQuaEn = new short[4];

    GainQuantizer() {
        reset();
    }

    /** Restores the predictor memory of a freshly started encoder (-14 dB). */
    void reset() {
        java.util.Arrays.fill(pastQuaEn, PAST_QUA_EN_INIT);
    }

    /**
     * Qua_gain on this instance's predictor memory; see
     * {@link #quaGain(short[], short[], int, short[], short[], int, int, int[])}
     * for the arguments.
     *
     * @param out      caller-owned, at least 2: out[0] = quantized pitch gain (Q14),
     *                 out[1] = quantized code gain (Q1)
     * @param tameflag 1 when taming is needed
     * @return the 7 bit gain index
     */
    int quaGain(short[] code, int codeOff, short[] gCoeff, short[] expCoeff, int lSubfr, int[] out,
            int tameflag) {
        return quaGain(pastQuaEn, code, codeOff, gCoeff, expCoeff, lSubfr, tameflag, out);
    }

    /**
     * Qua_gain: quantizes the pitch and code gains of one subframe.
     *
     * <p>g_coeff/exp_coeff hold the five terms of the error criterion, each a
     * 16 bit mantissa with its Q format (value = g_coeff[i] * 2^-exp_coeff[i]):
     * [0] &lt;y1,y1&gt;, [1] -2&lt;xn,y1&gt;, [2] &lt;y2,y2&gt;, [3] -2&lt;xn,y2&gt;,
     * [4] 2&lt;y1,y2&gt;. The encoder fills [0],[1] from {@link PitchSearch#gPitch}
     * (g_coeff_cs[0] = g_coeff[0], exp[0] = -g_coeff[1], g_coeff_cs[1] = -g_coeff[2],
     * exp[1] = -(g_coeff[3]+1)) and [2..4] with {@link Correlations#corrXy2}.
     *
     * @param pastQuaEn the encoder's past quantized energies (4 values, Q10);
     *                  read for the prediction and updated with the chosen gain
     * @param code      innovation c[0..lSubfr-1] (Q13, with pitch sharpening)
     *                  starting at {@code codeOff}
     * @param codeOff   offset of code[0]
     * @param gCoeff    the five correlation mantissas described above (index 0..4)
     * @param expCoeff  their Q formats (index 0..4)
     * @param lSubfr    subframe length (L_SUBFR = 40)
     * @param tameflag  1 when taming is needed (the pitch gain is then kept below 1)
     * @param out       caller-owned, at least 2: receives out[0] = quantized pitch
     *                  gain (Q14), out[1] = quantized code gain (Q1)
     * @return the 7 bit gain index: map1[index1] * NCODE2 + map2[index2]
     */
    static int quaGain(short[] pastQuaEn, short[] code, int codeOff, short[] gCoeff, short[] expCoeff,
            int lSubfr, int tameflag, int[] out) {
        // predicted code gain gcode0 with its Q format
        GainPredictor.gainPredict(pastQuaEn, code, codeOff, lSubfr, out);
        final int gcode0 = out[0];
        final int expGcode0 = out[1];

        /*
         * Unquantized optimum of the two gains (pre-selection centre):
         *   tmp          = -1 / (4 c0 c2 - c4^2)
         *   best_gain[0] = (2 c2 c1 - c3 c4) * tmp
         *   best_gain[1] = (2 c0 c3 - c1 c4) * tmp
         */
        int lTmp1 = lMult(gCoeff[0], gCoeff[2]);
        int exp1 = add(add(expCoeff[0], expCoeff[2]), 1 - 2);
        int lTmp2 = lMult(gCoeff[4], gCoeff[4]);
        int exp2 = add(add(expCoeff[4], expCoeff[4]), 1);
        int lTmp;
        int exp;
        if (sub(exp1, exp2) > 0) {
            lTmp = lSub(lShr(lTmp1, sub(exp1, exp2)), lTmp2);
            exp = exp2;
        } else {
            lTmp = lSub(lTmp1, lShr(lTmp2, sub(exp2, exp1)));
            exp = exp1;
        }
        int sft = normL(lTmp);
        int denom = extractH(lShl(lTmp, sft));
        int expDenom = sub(add(exp, sft), 16);
        int invDenom = negate(divS(16384, denom));
        int expInvDenom = sub(14 + 15, expDenom);

        // best_gain[0], Q9
        int bestGain0 = bestGain(gCoeff, expCoeff, 2, 1, 3, 4, invDenom, expInvDenom, 9);
        if (tameflag == 1 && sub(bestGain0, GPCLIP2) > 0) {
            bestGain0 = GPCLIP2;
        }
        // best_gain[1], Q2
        int bestGain1 = bestGain(gCoeff, expCoeff, 0, 3, 1, 4, invDenom, expInvDenom, 2);

        // gcode0 in Q4 for the pre-selection
        int gcode0Org;
        if (sub(expGcode0, 4) >= 0) {
            gcode0Org = shr(gcode0, sub(expGcode0, 4));
        } else {
            int acc = lShl(lDepositL(gcode0), sub(4 + 16, expGcode0));
            gcode0Org = extractH(acc);
        }

        int cands = gbkPresel(bestGain0, bestGain1, gcode0Org);
        final int cand1 = cands >>> 16;
        final int cand2 = cands & 0xffff;

        /*
         * Align the five error terms on a common exponent and keep them in
         * double precision (hi, lo) for the search. Q formats of the gains:
         * g_pitch Q14, g_pitch^2 Q13, g_code Q[exp_gcode0-3],
         * g_code^2 Q[2 exp_gcode0-21], g_pitch g_code Q[exp_gcode0-4].
         */
        int expMin0 = add(expCoeff[0], 13);
        int expMin1 = add(expCoeff[1], 14);
        int expMin2 = add(expCoeff[2], sub(shl(expGcode0, 1), 21));
        int expMin3 = add(expCoeff[3], sub(expGcode0, 3));
        int expMin4 = add(expCoeff[4], sub(expGcode0, 4));
        int eMin = expMin0;
        if (expMin1 < eMin) {
            eMin = expMin1;
        }
        if (expMin2 < eMin) {
            eMin = expMin2;
        }
        if (expMin3 < eMin) {
            eMin = expMin3;
        }
        if (expMin4 < eMin) {
            eMin = expMin4;
        }
        int a0 = lShr(lDepositH(gCoeff[0]), sub(expMin0, eMin));
        int a1 = lShr(lDepositH(gCoeff[1]), sub(expMin1, eMin));
        int a2 = lShr(lDepositH(gCoeff[2]), sub(expMin2, eMin));
        int a3 = lShr(lDepositH(gCoeff[3]), sub(expMin3, eMin));
        int a4 = lShr(lDepositH(gCoeff[4]), sub(expMin4, eMin));
        final int c0 = Oper32.extractHi(a0);
        final int l0 = Oper32.extractLo(a0);
        final int c1 = Oper32.extractHi(a1);
        final int l1 = Oper32.extractLo(a1);
        final int c2 = Oper32.extractHi(a2);
        final int l2 = Oper32.extractLo(a2);
        final int c3 = Oper32.extractHi(a3);
        final int l3 = Oper32.extractLo(a3);
        final int c4 = Oper32.extractHi(a4);
        final int l4 = Oper32.extractLo(a4);

        // search of the candidate pairs
        final short[][] gbk1 = Tables.GBK1;
        final short[][] gbk2 = Tables.GBK2;
        int distMin = MAX_32;
        int index1 = cand1;
        int index2 = cand2;
        for (int i = 0; i < NCAN1; i++) {
            for (int j = 0; j < NCAN2; j++) {
                int gPitch = add(gbk1[cand1 + i][0], gbk2[cand2 + j][0]); // Q14
                if (tameflag == 1 && gPitch >= GP0999) {
                    continue; // taming: the quantized pitch gain must stay below 1
                }
                int sum = lAdd(lDepositL(gbk1[cand1 + i][1]), lDepositL(gbk2[cand2 + j][1])); // Q13
                int tmp = extractL(lShr(sum, 1)); // Q12
                int gCode = mult(gcode0, tmp);
                int g2Pitch = mult(gPitch, gPitch);
                int g2Code = mult(gCode, gCode);
                int gPitCod = mult(gCode, gPitch);

                int dist = Oper32.mpy32x16(c0, l0, g2Pitch);
                dist = lAdd(dist, Oper32.mpy32x16(c1, l1, gPitch));
                dist = lAdd(dist, Oper32.mpy32x16(c2, l2, g2Code));
                dist = lAdd(dist, Oper32.mpy32x16(c3, l3, gCode));
                dist = lAdd(dist, Oper32.mpy32x16(c4, l4, gPitCod));
                if (dist < distMin) {
                    distMin = dist;
                    index1 = cand1 + i;
                    index2 = cand2 + j;
                }
            }
        }

        // quantized gains
        out[0] = add(gbk1[index1][0], gbk2[index2][0]); // Q14
        int gbk12 = lAdd(lDepositL(gbk1[index1][1]), lDepositL(gbk2[index2][1])); // Q13
        int tmp = extractL(lShr(gbk12, 1)); // Q12
        int acc = lMult(tmp, gcode0); // Q[exp_gcode0+12+1]
        acc = lShl(acc, add(negate(expGcode0), -12 - 1 + 1 + 16));
        out[1] = extractH(acc); // Q1

        // memory of the gain predictor
        GainPredictor.gainUpdate(pastQuaEn, gbk12);

        return add(Tables.MAP1[index1] * NCODE2, Tables.MAP2[index2]);
    }


    /**
     * One unquantized optimum gain (2 c[i] c[j] - c[k] c[l]) * tmp in Q{@code q}
     * (see quaGain), the two products brought to a common exponent as in the reference.
     */
    private static int bestGain(short[] gCoeff, short[] expCoeff, int i, int j, int k, int l,
            int invDenom, int expInvDenom, int q) {
        int lTmp1 = lMult(gCoeff[i], gCoeff[j]);
        int exp1 = add(expCoeff[i], expCoeff[j]);
        int lTmp2 = lMult(gCoeff[k], gCoeff[l]);
        int exp2 = add(add(expCoeff[k], expCoeff[l]), 1);
        int lTmp;
        int exp;
        if (sub(exp1, exp2) > 0) {
            lTmp = lSub(lShr(lTmp1, add(sub(exp1, exp2), 1)), lShr(lTmp2, 1));
            exp = sub(exp2, 1);
        } else {
            lTmp = lSub(lShr(lTmp1, 1), lShr(lTmp2, add(sub(exp2, exp1), 1)));
            exp = sub(exp1, 1);
        }
        int sft = normL(lTmp);
        int nume = extractH(lShl(lTmp, sft));
        int expNume = sub(add(exp, sft), 16);
        sft = sub(add(expNume, expInvDenom), q + 16 - 1);
        return extractH(lShr(lMult(nume, invDenom), sft));
    }
    /**
     * Gbk_presel: pre-selection of NCAN1 first-stage and NCAN2 second-stage
     * codebook vectors around the unquantized optimum (best_gain[0] in Q9,
     * best_gain[1] in Q2), using the thresholds THR1/THR2 scaled by the
     * predicted gain gcode0 (Q4).
     *
     * @return cand1 &lt;&lt; 16 | cand2 (first candidate index of each stage)
     */
    static int gbkPresel(int bestGain0, int bestGain1, int gcode0) {
        final short[][] coef = Tables.COEF;
        final int[][] lCoef = Tables.L_COEF;

        // x = (best_gain[1] - (coef[0][0] best_gain[0] + coef[1][1]) gcode0) * inv_coef
        int lCfbg = lMult(coef[0][0], bestGain0); // Q20
        int acc = lShr(lCoef[1][1], 15); // Q20
        acc = lAdd(lCfbg, acc);
        int accH = extractH(acc); // Q4
        int preg = lMult(accH, gcode0); // Q9
        acc = lShl(lDepositL(bestGain1), 7); // Q9
        acc = lSub(acc, preg);
        accH = extractH(lShl(acc, 2)); // Q[-5]
        int tmpX = lMult(accH, INV_COEF); // Q15

        // y = (coef[1][0] (best_gain[0] coef[0][0] - coef[0][1]) gcode0 - coef[0][0] best_gain[1]) * inv_coef
        acc = lShr(lCoef[0][1], 10); // Q20
        acc = lSub(lCfbg, acc);
        accH = extractH(acc); // Q4
        accH = mult(accH, gcode0); // Q[-7]
        int tmp = lMult(accH, coef[1][0]); // Q10
        preg = lMult(coef[0][0], bestGain1); // Q13
        acc = lSub(tmp, lShr(preg, 3)); // Q10
        accH = extractH(lShl(acc, 2)); // Q[-4]
        int tmpY = lMult(accH, INV_COEF); // Q16

        final int sftY = (14 + 4 + 1) - 16; // (Q[thr1] + Q[gcode0] + 1) - Q[L_tmp_y]
        final int sftX = (15 + 4 + 1) - 15; // (Q[thr2] + Q[gcode0] + 1) - Q[L_tmp_x]
        final short[] thr1 = Tables.THR1;
        final short[] thr2 = Tables.THR2;

        int cand1 = 0;
        int cand2 = 0;
        if (gcode0 > 0) {
            do {
                if (tmpY > lShr(lMult(thr1[cand1], gcode0), sftY)) {
                    cand1++;
                } else {
                    break;
                }
            } while (cand1 < NCODE1 - NCAN1);
            do {
                if (tmpX > lShr(lMult(thr2[cand2], gcode0), sftX)) {
                    cand2++;
                } else {
                    break;
                }
            } while (cand2 < NCODE2 - NCAN2);
        } else {
            do {
                if (tmpY < lShr(lMult(thr1[cand1], gcode0), sftY)) {
                    cand1++;
                } else {
                    break;
                }
            } while (cand1 != NCODE1 - NCAN1);
            do {
                if (tmpX < lShr(lMult(thr2[cand2], gcode0), sftX)) {
                    cand2++;
                } else {
                    break;
                }
            } while (cand2 != NCODE2 - NCAN2);
        }
        return (cand1 << 16) | cand2;
    }
}
