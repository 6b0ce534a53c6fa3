package org.strowger.codec.g729.internal;

import static org.strowger.codec.g729.internal.BasicOps.*;

/**
 * MA prediction of the fixed codebook gain (GAINPRED.C, 3.9.1), shared by the gain
 * quantizer and the gain decoder: the predicted gain comes from the energy of the
 * innovation and the four past quantized energies (in dB, Q10).
 */
public final class GainPredictor {
    private GainPredictor() {
    }

    /**
     * Predicted fixed codebook gain.
     *
     * @param out out[0] = gcode0 (predicted gain, Q(exp)), out[1] = exp_gcode0
     */
    public static void gainPredict(short[] pastQuaEn, short[] code, int codeOff, int lSubfr, int[] out) {
        int lTmp = 0;
        for (int i = 0; i < lSubfr; i++) {
            lTmp = lMac(lTmp, code[codeOff + i], code[codeOff + i]);
        }
        // 127.298 - 3.0103 * log2(energy)   (Q14)
        int lg = DspFunctions.log2Packed(lTmp);
        int exp = lg >> 16;
        int frac = lg & 0xffff;
        lTmp = Oper32.mpy32x16(exp, frac, -24660);
        lTmp = lMac(lTmp, 32588, 32);
        // + sum pred[i] * past_qua_en[i]   (Q24)
        lTmp = lShl(lTmp, 10);
        for (int i = 0; i < 4; i++) {
            lTmp = lMac(lTmp, Tables.PRED[i], pastQuaEn[i]);
        }
        int gcode0 = lTmp >> 16;   // Q8
        // gcode0 = 10^(gcode0/20) = 2^(0.166 gcode0)
        lTmp = lMult(gcode0, 5439);
        lTmp = lTmp >> 8;
        exp = lTmp >> 16;
        frac = Oper32.extractLo(lTmp);
        out[0] = (short) DspFunctions.pow2(14, frac);
        out[1] = sub(14, exp);
    }

    /** Shifts in the energy 20 log10(gbk1 + gbk2) of the newest quantized gain (Q10). */
    public static void gainUpdate(short[] pastQuaEn, int lGbk12) {
        pastQuaEn[3] = pastQuaEn[2];
        pastQuaEn[2] = pastQuaEn[1];
        pastQuaEn[1] = pastQuaEn[0];
        int lg = DspFunctions.log2Packed(lGbk12);
        int exp = lg >> 16;
        int frac = lg & 0xffff;
        int lAcc = Oper32.lComp(sub(exp, 13), frac);
        int tmp = lShl(lAcc, 13) >> 16;
        pastQuaEn[0] = (short) mult(tmp, 24660);
    }

    /** Energy update for an erased frame: mean of the past energies - 4 dB, floor -14 dB. */
    public static void gainUpdateErasure(short[] pastQuaEn) {
        int lTmp = 0;
        for (int i = 0; i < 4; i++) {
            lTmp = lAdd(lTmp, pastQuaEn[i]);
        }
        int av = (short) (lTmp >> 2);
        av = sub(av, 4096);
        if (av < -14336) {
            av = -14336;
        }
        pastQuaEn[3] = pastQuaEn[2];
        pastQuaEn[2] = pastQuaEn[1];
        pastQuaEn[1] = pastQuaEn[0];
        pastQuaEn[0] = (short) av;
    }
}
