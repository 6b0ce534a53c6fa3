package org.strowger.codec.g729.internal;

import static org.strowger.codec.g729.internal.BasicOps.*;
import static org.strowger.codec.g729.internal.G729Constants.*;

import java.util.Arrays;

/**
 * G.729 Annex A decoder of one channel: parameter decoding and synthesis
 * (DEC_LD8A.C and its helpers), adaptive postfilter (POSTFILT.C) and output
 * high-pass filter (POST_PRO.C), bit-exact with the ITU-T reference software.
 * Not thread-safe; one instance per channel. No allocation after construction.
 */
public final class G729Decoder {

    /** Initial LSPs (Q15) before the first frame. */
    private static final short[] LSP_INIT = {30000, 26000, 21000, 15000, 8000, 0, -8000, -15000, -21000, -26000};
    /** Initial MA predictor memory of the LSP decoder (Q13): pi*(j+1)/(M+1). */
    private static final short[] FREQ_PREV_RESET = {2339, 4679, 7018, 9358, 11698, 14037, 16377, 18717, 21056, 23396};

    private static final int EXC_OFF = PIT_MAX + L_INTERPOL;
    private static final int RES2_OFF = PIT_MAX;

    // ---- synthesis state (Decod_ld8a) ----
    /** Past excitation followed by the excitation of the current frame (starts at EXC_OFF). */
    private final short[] oldExc = new short[L_FRAME + PIT_MAX + L_INTERPOL];
    private final short[] lspOld = new short[M];
    private final short[] memSyn = new short[M];
    private int sharp;
    private int oldT0;
    private int gainCode;
    private int gainPitch;
    private int seed;

    // ---- LSP decoder state (LSPDEC.C) ----
    private final short[][] freqPrev = new short[MA_NP][M];
    private int prevMa;
    private final short[] prevLsp = new short[M];

    // ---- gain decoder state (DEC_GAIN.C) ----
    private final short[] pastQuaEn = new short[4];

    // ---- postfilter state (POSTFILT.C) ----
    private final short[] res2Buf = new short[PIT_MAX + L_SUBFR];
    private final short[] scalRes2Buf = new short[PIT_MAX + L_SUBFR];
    private final short[] memSynPst = new short[M];
    private int memPre;
    private int pastGain;

    // ---- output high-pass filter and up-scaling (POST_PRO.C) ----
    private final HighPassFilter postProcessor = HighPassFilter.postProcessing();

    /** Synthesis of the frame at M..M+L_FRAME-1, preceded by the last M samples of the previous one. */
    private final short[] synthBuf = new short[L_FRAME + M];

    // ---- scratch ----
    private final short[] parm = new short[PRM_SIZE + 1];
    private final short[] prmScratch = new short[PRM_SIZE];
    private final short[] lspNew = new short[M];
    private final short[] lsfQ = new short[M];
    private final short[] buf = new short[M];
    private final short[] code = new short[L_SUBFR];
    private final short[] azDec = new short[2 * MP1];
    private final int[] t2 = new int[2];
    private final int[] out2 = new int[2];
    private final short[] res2Pst = new short[L_SUBFR];
    private final short[] synPst = new short[L_FRAME];
    private final short[] ap3 = new short[MP1];
    private final short[] ap4 = new short[MP1];
    private final short[] h = new short[L_H];

    public G729Decoder() {
        reset();
    }

    /** Returns the decoder to its initial state (Init_Decod_ld8a, Init_Post_Filter, Init_Post_Process). */
    public void reset() {
        Arrays.fill(oldExc, (short) 0);
        Arrays.fill(memSyn, (short) 0);
        System.arraycopy(LSP_INIT, 0, lspOld, 0, M);
        sharp = SHARPMIN;
        oldT0 = 60;
        gainCode = 0;
        gainPitch = 0;
        seed = 21845;
        for (int i = 0; i < MA_NP; i++) {
            System.arraycopy(FREQ_PREV_RESET, 0, freqPrev[i], 0, M);
        }
        prevMa = 0;
        System.arraycopy(FREQ_PREV_RESET, 0, prevLsp, 0, M);
        Arrays.fill(pastQuaEn, (short) -14336);
        Arrays.fill(res2Buf, (short) 0);
        Arrays.fill(scalRes2Buf, (short) 0);
        Arrays.fill(memSynPst, (short) 0);
        memPre = 0;
        pastGain = 4096;
        postProcessor.reset();
        Arrays.fill(synthBuf, (short) 0);
    }

    /**
     * Decodes one 10 ms frame as the reference decoder does: pitch parity check,
     * decoding and synthesis, postfilter and output high-pass filter.
     *
     * @param prm    the 11 parameters of the frame (prm2bits order); not modified
     * @param erased true for a lost frame (concealment), prm is then ignored
     * @param pcm    receives 80 samples at pcmOff
     */
    public void decode(short[] prm, boolean erased, short[] pcm, int pcmOff) {
        parm[0] = (short) (erased ? 1 : 0);
        System.arraycopy(prm, 0, parm, 1, PRM_SIZE);
        parm[4] = (short) Parity.checkParityPitch(parm[3], parm[4]);
        decodLd8a();
        postFilter();
        postProcessor.process(synthBuf, M, L_FRAME);
        System.arraycopy(synthBuf, M, pcm, pcmOff, L_FRAME);
    }

    /** Decodes one frame of 10 packed bytes (RFC 3551) at in[inOff]. */
    public void decodePacked(byte[] in, int inOff, short[] pcm, int pcmOff) {
        Bitstream.packedToPrm(in, inOff, prmScratch);
        decode(prmScratch, false, pcm, pcmOff);
    }

    /** Conceals one lost frame. */
    public void decodeErased(short[] pcm, int pcmOff) {
        Arrays.fill(prmScratch, (short) 0);
        decode(prmScratch, true, pcm, pcmOff);
    }

    /** The pseudo-random generator of the concealment (seed = seed*31821 + 13849). */
    private int random() {
        seed = (short) lAdd(lShr(lMult(seed, 31821), 1), 13849);
        return seed;
    }

    // ------------------------------------------------------------------------------
    // 4.1 decoding of the parameters and synthesis (Decod_ld8a)
    // ------------------------------------------------------------------------------

    private void decodLd8a() {
        final short[] parm = this.parm;
        final short[] exc = oldExc;
        int bfi = parm[0];

        // LSPs of the frame and LP filters of the two subframes
        dLsp(parm[1], parm[2], lspNew, bfi);
        LpcFunctions.intQlpc(lspOld, 0, lspNew, 0, azDec, 0);
        System.arraycopy(lspNew, 0, lspOld, 0, M);

        int p = 3;
        int azOff = 0;
        int t0 = 0;
        int t0Frac = 0;
        for (int iSubfr = 0; iSubfr < L_FRAME; iSubfr += L_SUBFR) {
            int index = parm[p++];
            // pitch delay; on a bad frame or a parity error the previous delay is repeated
            boolean bad;
            if (iSubfr == 0) {
                int parityError = parm[p++];
                bad = bfi + parityError != 0;
            } else {
                bad = bfi != 0;
            }
            if (!bad) {
                if (iSubfr == 0) {
                    if (index < 197) {
                        t0 = add(mult(add(index, 2), 10923), 19);
                        int i3 = add(add(t0, t0), t0);
                        t0Frac = add(sub(index, i3), 58);
                    } else {
                        t0 = sub(index, 112);
                        t0Frac = 0;
                    }
                } else {
                    int t0Min = sub(t0, 5);
                    if (t0Min < PIT_MIN) {
                        t0Min = PIT_MIN;
                    }
                    int t0Max = add(t0Min, 9);
                    if (t0Max > PIT_MAX) {
                        t0Max = PIT_MAX;
                        t0Min = sub(t0Max, 9);
                    }
                    int i = sub(mult(add(index, 2), 10923), 1);
                    t0 = add(i, t0Min);
                    i = add(add(i, i), i);
                    t0Frac = sub(sub(index, 2), i);
                }
                oldT0 = t0;
            } else {
                t0 = oldT0;
                t0Frac = 0;
                oldT0 = add(oldT0, 1);
                if (oldT0 > PIT_MAX) {
                    oldT0 = PIT_MAX;
                }
            }
            t2[iSubfr == 0 ? 0 : 1] = t0;

            // adaptive codebook vector
            PitchInterpolation.predLt3(exc, EXC_OFF + iSubfr, t0, t0Frac, L_SUBFR);

            // fixed codebook vector (random on a bad frame) with pitch sharpening
            if (bfi != 0) {
                parm[p] = (short) (random() & 0x1fff);
                parm[p + 1] = (short) (random() & 0x000f);
            }
            decodAcelp(parm[p + 1], parm[p], code);
            p += 2;
            int j = shl(sharp, 1);
            if (t0 < L_SUBFR) {
                for (int i = t0; i < L_SUBFR; i++) {
                    code[i] = (short) add(code[i], mult(code[i - t0], j));
                }
            }

            // gains
            index = parm[p++];
            decGain(index, bfi);
            sharp = gainPitch;
            if (sharp > SHARPMAX) {
                sharp = SHARPMAX;
            }
            if (sharp < SHARPMIN) {
                sharp = SHARPMIN;
            }

            // total excitation exc = gp * v + gc * c
            final int gp = gainPitch;
            final int gc = gainCode;
            for (int i = 0; i < L_SUBFR; i++) {
                int e = EXC_OFF + iSubfr + i;
                int l = lMult(exc[e], gp);
                l = lMac(l, code[i], gc);
                l = lShl(l, 1);
                exc[e] = (short) round(l);
            }

            // synthesis; on overflow the whole excitation buffer is scaled down and the synthesis redone
            boolean overflow = Filters.synFiltOverflow(azDec, azOff, exc, EXC_OFF + iSubfr, synthBuf, M + iSubfr,
                    L_SUBFR, memSyn, 0, false);
            if (overflow) {
                for (int i = 0; i < exc.length; i++) {
                    exc[i] = (short) (exc[i] >> 2);
                }
                Filters.synFiltOverflow(azDec, azOff, exc, EXC_OFF + iSubfr, synthBuf, M + iSubfr, L_SUBFR,
                        memSyn, 0, true);
            } else {
                System.arraycopy(synthBuf, M + iSubfr + L_SUBFR - M, memSyn, 0, M);
            }
            azOff += MP1;
        }
        System.arraycopy(exc, L_FRAME, exc, 0, PIT_MAX + L_INTERPOL);
    }

    /** 4.1.1 LSP decoding (D_lsp, Lsp_iqua_cs); on an erased frame the previous LSFs are repeated. */
    private void dLsp(int prm0, int prm1, short[] lspQ, int erase) {
        if (erase == 0) {
            int mode = (prm0 >> NC0_B) & 1;
            int code0 = prm0 & (NC0 - 1);
            int code1 = (prm1 >> NC1_B) & (NC1 - 1);
            int code2 = prm1 & (NC1 - 1);
            LspCodebook.lspGetQuant(Tables.LSPCB1, Tables.LSPCB2, code0, code1, code2, Tables.FG[mode], freqPrev,
                    lsfQ, 0, Tables.FG_SUM[mode]);
            System.arraycopy(lsfQ, 0, prevLsp, 0, M);
            prevMa = mode;
        } else {
            System.arraycopy(prevLsp, 0, lsfQ, 0, M);
            LspCodebook.lspPrevExtract(prevLsp, 0, buf, 0, Tables.FG[prevMa], freqPrev, Tables.FG_SUM_INV[prevMa]);
            LspCodebook.lspPrevUpdate(buf, 0, freqPrev);
        }
        LpcFunctions.lsfLsp2(lsfQ, 0, lspQ, 0, M);
    }

    /** 4.1.3 Algebraic codebook vector: 4 pulses of +-1 (Q13) from the 13-bit positions and 4-bit signs. */
    static void decodAcelp(int sign, int index, short[] cod) {
        int i = index & 7;
        int pos0 = i * 5;
        index >>= 3;
        i = index & 7;
        int pos1 = i * 5 + 1;
        index >>= 3;
        i = index & 7;
        int pos2 = i * 5 + 2;
        index >>= 3;
        int j = index & 1;
        index >>= 1;
        i = index & 7;
        int pos3 = i * 5 + 3 + j;
        Arrays.fill(cod, 0, L_SUBFR, (short) 0);
        cod[pos0] = (short) ((sign & 1) != 0 ? 8191 : -8192);
        cod[pos1] = (short) ((sign & 2) != 0 ? 8191 : -8192);
        cod[pos2] = (short) ((sign & 4) != 0 ? 8191 : -8192);
        cod[pos3] = (short) ((sign & 8) != 0 ? 8191 : -8192);
    }

    /** 4.1.4 Gains (Dec_gain): conjugate-structure VQ decoding and MA predicted code gain. */
    private void decGain(int index, int bfi) {
        if (bfi != 0) {
            gainPitch = mult(gainPitch, 29491);
            if (gainPitch > 29491) {
                gainPitch = 29491;
            }
            gainCode = mult(gainCode, 32111);
            GainPredictor.gainUpdateErasure(pastQuaEn);
            return;
        }
        int index1 = Tables.IMAP1[index >> NCODE2_B];
        int index2 = Tables.IMAP2[index & (NCODE2 - 1)];
        gainPitch = add(Tables.GBK1[index1][0], Tables.GBK2[index2][0]);
        GainPredictor.gainPredict(pastQuaEn, code, 0, L_SUBFR, out2);
        int gcode0 = out2[0];
        int expGcode0 = out2[1];
        int lGbk12 = Tables.GBK1[index1][1] + Tables.GBK2[index2][1];
        int tmp = (short) (lGbk12 >> 1);
        int lAcc = lMult(tmp, gcode0);
        lAcc = lShl(lAcc, add(negate(expGcode0), -12 - 1 + 1 + 16));
        gainCode = lAcc >> 16;
        GainPredictor.gainUpdate(pastQuaEn, lGbk12);
    }

    // ------------------------------------------------------------------------------
    // 4.2 adaptive postfilter (Post_Filter)
    // ------------------------------------------------------------------------------

    private void postFilter() {
        final short[] syn = synthBuf;
        int azOff = 0;
        for (int iSubfr = 0; iSubfr < L_FRAME; iSubfr += L_SUBFR) {
            int t0Min = sub(t2[iSubfr == 0 ? 0 : 1], 3);
            int t0Max = add(t0Min, 6);
            if (t0Max > PIT_MAX) {
                t0Max = PIT_MAX;
                t0Min = sub(t0Max, 6);
            }
            LpcFunctions.weightAz(azDec, azOff, GAMMA2_PST, M, ap3, 0);
            LpcFunctions.weightAz(azDec, azOff, GAMMA1_PST, M, ap4, 0);

            // residual of the synthesis through A(z/GAMMA2_PST)
            Filters.residu(ap3, 0, syn, M + iSubfr, res2Buf, RES2_OFF, L_SUBFR);
            for (int j = 0; j < L_SUBFR; j++) {
                scalRes2Buf[RES2_OFF + j] = (short) (res2Buf[RES2_OFF + j] >> 2);
            }

            // 4.2.1 long-term (harmonic) postfilter
            pitPstFilt(t0Min, t0Max);

            // 4.2.3 tilt compensation from the impulse response of A(z/g2)/A(z/g1)
            System.arraycopy(ap3, 0, h, 0, MP1);
            Arrays.fill(h, MP1, L_H, (short) 0);
            Filters.synFiltOverflow(ap4, 0, h, 0, h, 0, L_H, h, MP1, false);
            int lTmp = lMult(h[0], h[0]);
            for (int i = 1; i < L_H; i++) {
                lTmp = lMac(lTmp, h[i], h[i]);
            }
            int temp1 = lTmp >> 16;
            lTmp = lMult(h[0], h[1]);
            for (int i = 1; i < L_H - 1; i++) {
                lTmp = lMac(lTmp, h[i], h[i + 1]);
            }
            int temp2 = lTmp >> 16;
            if (temp2 <= 0) {
                temp2 = 0;
            } else {
                temp2 = mult(temp2, MU);
                temp2 = divS(temp2, temp1);
            }
            preemphasis(res2Pst, temp2, L_SUBFR);

            // 4.2.2 short-term postfilter 1/A(z/GAMMA1_PST)
            Filters.synFiltOverflow(ap4, 0, res2Pst, 0, synPst, iSubfr, L_SUBFR, memSynPst, 0, true);

            // 4.2.4 adaptive gain control
            agc(syn, M + iSubfr, synPst, iSubfr, L_SUBFR);

            System.arraycopy(res2Buf, L_SUBFR, res2Buf, 0, PIT_MAX);
            System.arraycopy(scalRes2Buf, L_SUBFR, scalRes2Buf, 0, PIT_MAX);
            azOff += MP1;
        }
        System.arraycopy(syn, L_FRAME, syn, 0, M);
        System.arraycopy(synPst, 0, syn, M, L_FRAME);
    }

    /**
     * Harmonic postfilter: best integer delay around the decoded pitch by correlation of
     * the scaled residual, then res2Pst = g0 * res2 + gain * res2 delayed.
     */
    private void pitPstFilt(int t0Min, int t0Max) {
        final short[] sig = res2Buf;
        final short[] scal = scalRes2Buf;
        final int s0 = RES2_OFF;
        int corMax = MIN_32;
        int t0 = t0Min;
        for (int i = t0Min; i <= t0Max; i++) {
            int corr = dot(scal, s0, scal, s0 - i, L_SUBFR);
            if (lSub(corr, corMax) > 0) {
                corMax = corr;
                t0 = i;
            }
        }
        int ener = energy(scal, s0 - t0, L_SUBFR);
        int ener0 = energy(scal, s0, L_SUBFR);
        if (corMax < 0) {
            corMax = 0;
        }
        int temp = corMax;
        if (ener > temp) {
            temp = ener;
        }
        if (ener0 > temp) {
            temp = ener0;
        }
        int j = normL(temp);
        int cmax = round(lShl(corMax, j));
        int en = round(lShl(ener, j));
        int en0 = round(lShl(ener0, j));

        // prediction gain below 3 dB: no harmonic postfiltering
        temp = lMult(cmax, cmax);
        temp = lSub(temp, lMult(en, en0) >> 1);
        if (temp < 0) {
            System.arraycopy(sig, s0, res2Pst, 0, L_SUBFR);
            return;
        }
        int g0;
        int gain;
        if (cmax > en) {
            g0 = INV_GAMMAP;
            gain = GAMMAP_2;
        } else {
            cmax = mult(cmax, GAMMAP) >> 1;
            en = en >> 1;
            int i = add(cmax, en);
            if (i > 0) {
                gain = divS(cmax, i);
                g0 = sub(32767, gain);
            } else {
                g0 = 32767;
                gain = 0;
            }
        }
        for (int i = 0; i < L_SUBFR; i++) {
            res2Pst[i] = (short) add(mult(g0, sig[s0 + i]), mult(gain, sig[s0 + i - t0]));
        }
    }

    /**
     * Saturating correlation sum_i lMac(x[i], y[i]) from 0 as the reference computes it;
     * a 64-bit sum is exact unless a partial sum leaves the 32-bit range or a product is
     * -32768 * -32768.
     */
    private static int dot(short[] x, int xOff, short[] y, int yOff, int n) {
        long acc = 0;
        long bad = 0;
        for (int i = 0; i < n; i++) {
            int p = x[xOff + i] * y[yOff + i];
            acc += 2L * p;
            bad |= (acc + 0x80000000L) | (p == 0x40000000 ? -1L : 0L);
        }
        if ((bad >>> 32) == 0) {
            return (int) acc;
        }
        int s = 0;
        for (int i = 0; i < n; i++) {
            s = lMac(s, x[xOff + i], y[yOff + i]);
        }
        return s;
    }

    /** Saturating energy 1 + sum lMac(x[i], x[i]); the partial sums only grow. */
    private static int energy(short[] x, int off, int n) {
        long acc = 1;
        for (int i = 0; i < n; i++) {
            int v = x[off + i];
            acc += 2L * v * v;
        }
        return acc > MAX_32 ? MAX_32 : (int) acc;
    }

    /** Tilt compensation filter 1 - g z^-1 in place. */
    private void preemphasis(short[] signal, int g, int l) {
        int temp = signal[l - 1];
        for (int i = l - 1; i > 0; i--) {
            signal[i] = (short) sub(signal[i], mult(g, signal[i - 1]));
        }
        signal[0] = (short) sub(signal[0], mult(g, memPre));
        memPre = temp;
    }

    /** Adaptive gain control: scales the postfiltered subframe to the energy of its input. */
    private void agc(short[] sigIn, int inOff, short[] sigOut, int outOff, int lTrm) {
        int s = 0;
        for (int i = 0; i < lTrm; i++) {
            int v = sigOut[outOff + i] >> 2;
            s = lMac(s, v, v);
        }
        if (s == 0) {
            pastGain = 0;
            return;
        }
        int exp = sub(normL(s), 1);
        int gainOut = round(lShl(s, exp));

        s = 0;
        for (int i = 0; i < lTrm; i++) {
            int v = sigIn[inOff + i] >> 2;
            s = lMac(s, v, v);
        }
        int g0;
        if (s == 0) {
            g0 = 0;
        } else {
            int i = normL(s);
            int gainIn = round(lShl(s, i));
            exp = sub(exp, i);
            s = divS(gainOut, gainIn);
            s = lShl(s, 7);
            s = lShr(s, exp);
            s = DspFunctions.invSqrt(s);
            i = round(lShl(s, 9));
            g0 = mult(i, AGC_FAC1);
        }
        int gain = pastGain;
        for (int i = 0; i < lTrm; i++) {
            gain = mult(gain, AGC_FAC);
            gain = add(gain, g0);
            sigOut[outOff + i] = (short) (lShl(lMult(sigOut[outOff + i], gain), 3) >> 16);
        }
        pastGain = gain;
    }
}
