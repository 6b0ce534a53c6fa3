package org.strowger.codec.g729.internal;

import static org.strowger.codec.g729.internal.BasicOps.*;
import static org.strowger.codec.g729.internal.G729Constants.*;

import java.util.Arrays;

/**
 * ITU-T G.729 Annex A encoder: one channel, 10 ms frames of 80 16-bit linear
 * samples at 8 kHz in, the 11 analysis parameters (80 bits) out, bit-exact
 * with the ITU reference coder (CODER.C = Pre_Process + Coder_ld8a).
 *
 * <p>Per frame (G.729 section 3):
 * <ol>
 * <li>3.1 high-pass pre-processing of the new samples;</li>
 * <li>3.2 LP analysis over a 240-sample window with 40 samples look-ahead,
 * LP to LSP conversion, 3.2.4 LSP quantization, and interpolation of the
 * quantized LSPs for the two 5 ms subframes;</li>
 * <li>3.3 perceptual weighting with the Annex A simplified filter
 * W(z) = Aq(z) / (Aq(z/0.75) (1 - 0.7 z^-1)), built from the quantized LP
 * filter, and 3.4 open-loop pitch estimation on the weighted speech;</li>
 * <li>per subframe: impulse response of the weighted synthesis filter,
 * target signal, 3.7 closed-loop fractional pitch search, 3.8 algebraic
 * codebook search, 3.9 gain quantization, and the update of the excitation
 * and of the filter memories.</li>
 * </ol>
 *
 * <p>All working memory is allocated once in the constructor; {@link #encode}
 * allocates nothing. Not thread safe: one instance per channel.
 */
public final class G729Encoder {

    /* ---- signal histories ---- */

    /** Speech buffer: past speech, current frame, 40 samples of look-ahead. */
    private final short[] oldSpeech = new short[L_TOTAL];
    /** Offset of the 80 new samples in {@link #oldSpeech}. */
    private static final int NEW_SPEECH = L_TOTAL - L_FRAME;
    /** Offset of the frame being coded in {@link #oldSpeech}. */
    private static final int SPEECH = NEW_SPEECH - L_NEXT;
    /** Offset of the LP analysis window in {@link #oldSpeech}. */
    private static final int P_WINDOW = L_TOTAL - L_WINDOW;

    /** Weighted speech: PIT_MAX past samples then the current frame. */
    private final short[] oldWsp = new short[L_FRAME + PIT_MAX];
    private static final int WSP = PIT_MAX;

    /** Excitation: PIT_MAX + L_INTERPOL past samples then the current frame. */
    private final short[] oldExc = new short[L_FRAME + PIT_MAX + L_INTERPOL];
    private static final int EXC = PIT_MAX + L_INTERPOL;

    /** Initial LSPs (Q15), also the fallback of the LP to LSP conversion. */
    private static final short[] LSP_INIT = {
        30000, 26000, 21000, 15000, 8000, 0, -8000, -15000, -21000, -26000
    };

    /** Unquantized LSPs of the previous frame. */
    private final short[] lspOld = new short[M];
    /** Quantized LSPs of the previous frame (for the interpolation). */
    private final short[] lspOldQ = new short[M];

    /** Memory of the weighting filter applied to compute the weighted speech. */
    private final short[] memW = new short[M];
    /** Memory of the weighted synthesis filter (error between target and synthesis). */
    private final short[] memW0 = new short[M];
    /** Always zero: zero-state filtering. */
    private final short[] memZero = new short[M];
    /** Pitch sharpening factor for the fixed codebook (Q14), previous quantized pitch gain. */
    private int sharp;

    /* ---- analysis blocks with state ---- */

    private final HighPassFilter preProcessor = HighPassFilter.preProcessing();
    private final LpcAnalysis lpc = new LpcAnalysis();
    private final LspQuantizer lspQuantizer = new LspQuantizer();
    private final Taming taming = new Taming();
    private final GainQuantizer gainQuantizer = new GainQuantizer();
    private final PitchSearch pitchSearch = new PitchSearch();
    private final AlgebraicCodebook acelp = new AlgebraicCodebook();

    /* ---- per-frame scratch ---- */

    private final short[] aqT = new short[MP1 * 2];
    private final short[] apT = new short[MP1 * 2];
    private final short[] ap1 = new short[MP1];
    private final short[] h1 = new short[L_SUBFR];
    private final short[] xn = new short[L_SUBFR];
    private final short[] xn2 = new short[L_SUBFR];
    private final short[] code = new short[L_SUBFR];
    private final short[] y1 = new short[L_SUBFR];
    private final short[] y2 = new short[L_SUBFR];
    private final short[] gCoeff = new short[4];
    private final short[] gCoeffCs = new short[5];
    private final short[] expGCoeffCs = new short[5];
    private final short[] rH = new short[MP1];
    private final short[] rL = new short[MP1];
    private final short[] rc = new short[M];
    private final short[] lspNew = new short[M];
    private final short[] lspNewQ = new short[M];
    private final short[] prmScratch = new short[PRM_SIZE];
    private final int[] out2 = new int[2];

    public G729Encoder() {
        reset();
    }

    /** Returns the encoder to the state of a freshly started ITU coder. */
    public void reset() {
        preProcessor.reset();
        lpc.reset();
        lspQuantizer.reset();
        taming.reset();
        gainQuantizer.reset();
        Arrays.fill(oldSpeech, (short) 0);
        Arrays.fill(oldWsp, (short) 0);
        Arrays.fill(oldExc, (short) 0);
        Arrays.fill(memW, (short) 0);
        Arrays.fill(memW0, (short) 0);
        Arrays.fill(memZero, (short) 0);
        sharp = SHARPMIN;
        System.arraycopy(LSP_INIT, 0, lspOld, 0, M);
        System.arraycopy(LSP_INIT, 0, lspOldQ, 0, M);
    }

    /**
     * Encodes one frame of {@link G729Constants#L_FRAME} samples starting at
     * {@code pcm[pcmOff]} into the {@link G729Constants#PRM_SIZE} analysis
     * parameters (in the order of the bit stream: L0|L1, L2|L3, P1, P0, C1,
     * S1, GA1|GB1, P2, C2, S2, GA2|GB2).
     */
    public void encode(short[] pcm, int pcmOff, short[] prm) {
        System.arraycopy(pcm, pcmOff, oldSpeech, NEW_SPEECH, L_FRAME);
        preProcessor.process(oldSpeech, NEW_SPEECH, L_FRAME);
        coder(prm);
    }

    /** Encodes one frame into 10 bytes, the 80 bits MSB first (RFC 3551). */
    public void encodePacked(short[] pcm, int pcmOff, byte[] out, int outOff) {
        encode(pcm, pcmOff, prmScratch);
        Bitstream.prmToPacked(prmScratch, out, outOff);
    }

    /** Coder_ld8a: the analysis of the pre-processed frame in {@link #oldSpeech}. */
    private void coder(short[] ana) {
        final short[] aqT = this.aqT, apT = this.apT;
        final short[] exc = oldExc;
        final short[] h1 = this.h1, xn = this.xn, xn2 = this.xn2, y1 = this.y1, y2 = this.y2;
        int anaPos = 0;

        /* 3.2 LP analysis, LSP quantization and interpolation */
        lpc.autocorr(oldSpeech, P_WINDOW, M, rH, rL);
        LpcAnalysis.lagWindow(M, rH, rL);
        lpc.levinson(rH, rL, apT, 0, rc);
        lpc.azLsp(apT, 0, lspNew, lspOld);

        lspQuantizer.quaLsp(lspNew, lspNewQ, ana, anaPos);
        anaPos += 2;

        LpcFunctions.intQlpc(lspOldQ, lspNewQ, aqT);
        LpcFunctions.weightAz(aqT, 0, GAMMA1, M, apT, 0);
        LpcFunctions.weightAz(aqT, MP1, GAMMA1, M, apT, MP1);

        System.arraycopy(lspNew, 0, lspOld, 0, M);
        System.arraycopy(lspNewQ, 0, lspOldQ, 0, M);

        /* 3.3 weighted speech: LP residual through 1/(Aq(z/g) (1 - 0.7/z)) */
        Filters.residu(aqT, 0, oldSpeech, SPEECH, exc, EXC, L_SUBFR);
        Filters.residu(aqT, MP1, oldSpeech, SPEECH + L_SUBFR, exc, EXC + L_SUBFR, L_SUBFR);

        final short[] ap1 = this.ap1;
        ap1[0] = 4096;
        for (int i = 1; i <= M; i++) {
            ap1[i] = (short) sub(apT[i], mult(apT[i - 1], 22938));
        }
        Filters.synFilt(ap1, 0, exc, EXC, oldWsp, WSP, L_SUBFR, memW, 1);
        for (int i = 1; i <= M; i++) {
            ap1[i] = (short) sub(apT[MP1 + i], mult(apT[MP1 + i - 1], 22938));
        }
        Filters.synFilt(ap1, 0, exc, EXC + L_SUBFR, oldWsp, WSP + L_SUBFR, L_SUBFR, memW, 1);

        /* 3.4 open-loop pitch and range of the first closed-loop search */
        int tOp = pitchSearch.pitchOlFast(oldWsp, WSP, PIT_MAX, L_FRAME);

        int t0Min = sub(tOp, 3);
        if (sub(t0Min, PIT_MIN) < 0) {
            t0Min = PIT_MIN;
        }
        int t0Max = add(t0Min, 6);
        if (sub(t0Max, PIT_MAX) > 0) {
            t0Max = PIT_MAX;
            t0Min = sub(t0Max, 6);
        }

        /* subframe loop */
        int aOff = 0;
        for (int iSubfr = 0; iSubfr < L_FRAME; iSubfr += L_SUBFR, aOff += MP1) {
            final int excSub = EXC + iSubfr;

            /* impulse response of the weighted synthesis filter W(z)/Aq(z) = 1/Aq(z/g) */
            h1[0] = 4096;
            Arrays.fill(h1, 1, L_SUBFR, (short) 0);
            Filters.synFilt(apT, aOff, h1, 0, h1, 0, L_SUBFR, memZero, 0);

            /* target for the pitch search */
            Filters.synFilt(apT, aOff, exc, excSub, xn, 0, L_SUBFR, memW0, 0);

            /* 3.7 closed-loop fractional pitch search and delay coding */
            int t0 = pitchSearch.pitchFr3Fast(exc, excSub, xn, 0, h1, 0, L_SUBFR, t0Min, t0Max, iSubfr, out2);
            int t0Frac = out2[0];

            out2[0] = t0Min;
            out2[1] = t0Max;
            int index = PitchSearch.encLag3(t0, t0Frac, out2, PIT_MIN, PIT_MAX, iSubfr);
            t0Min = out2[0];
            t0Max = out2[1];

            ana[anaPos++] = (short) index;
            if (iSubfr == 0) {
                ana[anaPos++] = (short) Parity.parityPitch(index);
            }

            /* filtered adaptive codebook vector, pitch gain, codebook target */
            Filters.synFilt(apT, aOff, exc, excSub, y1, 0, L_SUBFR, memZero, 0);

            int gainPit = PitchSearch.gPitch(xn, 0, y1, 0, gCoeff, L_SUBFR);

            int tame = taming.testErr(t0, t0Frac);
            if (tame == 1 && sub(gainPit, GPCLIP) > 0) {
                gainPit = GPCLIP;
            }

            for (int i = 0; i < L_SUBFR; i++) {
                int t = lMult(y1[i], gainPit);
                t = lShl(t, 1);
                xn2[i] = (short) sub(xn[i], extractH(t));
            }

            /* 3.8 algebraic codebook search */
            index = acelp.acelpCodeA(xn2, 0, h1, 0, t0, sharp, code, 0, y2, 0, out2);
            ana[anaPos++] = (short) index;
            ana[anaPos++] = (short) out2[0];

            /* 3.9 gain quantization */
            gCoeffCs[0] = gCoeff[0];
            expGCoeffCs[0] = (short) negate(gCoeff[1]);
            gCoeffCs[1] = (short) negate(gCoeff[2]);
            expGCoeffCs[1] = (short) negate(add(gCoeff[3], 1));

            Correlations.corrXy2(xn, 0, y1, 0, y2, 0, gCoeffCs, expGCoeffCs);

            ana[anaPos++] = (short) gainQuantizer.quaGain(code, 0, gCoeffCs, expGCoeffCs, L_SUBFR, out2, tame);
            gainPit = out2[0];
            int gainCode = out2[1];

            /* pitch sharpening for the next subframe */
            sharp = gainPit;
            if (sub(sharp, SHARPMAX) > 0) {
                sharp = SHARPMAX;
            }
            if (sub(sharp, SHARPMIN) < 0) {
                sharp = SHARPMIN;
            }

            /* total excitation u = gp v + gc c */
            for (int i = 0; i < L_SUBFR; i++) {
                int t = lMult(exc[excSub + i], gainPit);
                t = lMac(t, code[i], gainCode);
                t = lShl(t, 1);
                exc[excSub + i] = (short) round(t);
            }

            taming.updateExcErr(gainPit, t0);

            /* memory of the weighted synthesis filter for the next target */
            for (int i = L_SUBFR - M, j = 0; i < L_SUBFR; i++, j++) {
                int temp = extractH(lShl(lMult(y1[i], gainPit), 1));
                int k = extractH(lShl(lMult(y2[i], gainCode), 2));
                memW0[j] = (short) sub(xn[i], add(temp, k));
            }
        }

        /* shift the histories by one frame */
        System.arraycopy(oldSpeech, L_FRAME, oldSpeech, 0, L_TOTAL - L_FRAME);
        System.arraycopy(oldWsp, L_FRAME, oldWsp, 0, PIT_MAX);
        System.arraycopy(oldExc, L_FRAME, oldExc, 0, PIT_MAX + L_INTERPOL);
    }
}
