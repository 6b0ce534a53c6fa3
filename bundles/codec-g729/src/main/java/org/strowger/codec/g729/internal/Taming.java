package org.strowger.codec.g729.internal;

import static org.strowger.codec.g729.internal.BasicOps.*;
import static org.strowger.codec.g729.internal.G729Constants.*;

/**
 * Taming of the pitch gain, as in the G.729 reference coder (TAMING.C):
 * the encoder tracks an upper bound of the error that an encoder/decoder
 * mismatch of the adaptive codebook could accumulate through repeated pitch
 * prediction, in four 40-sample zones of the past excitation. When that bound
 * is too large, the pitch gain is limited (to 0.95 in the closed-loop search
 * and in the gain quantizer) so that the error cannot grow without bound.
 *
 * <p>State: the error bound of the last four zones. One instance per encoder.
 */
final class Taming {

    /** Q14: accumulated error bound per 40-sample zone of the past excitation. */
    private final int[] excErr = new int[4];

    Taming() {
        reset();
    }

    /** Initial error bound: 1.0 in every zone (Init_exc_err). */
    void reset() {
        for (int i = 0; i < 4; i++) {
            excErr[i] = 0x00004000;
        }
    }

    /**
     * Returns 1 if taming is needed for a pitch delay of {@code t0} +
     * {@code t0Frac}/3: when the largest error bound over the zones of the
     * past excitation that this delay reads from exceeds the threshold.
     */
    int testErr(int t0, int t0Frac) {
        int t1 = t0Frac > 0 ? add(t0, 1) : t0;

        int i = sub(t1, L_SUBFR + L_INTER10);
        if (i < 0) {
            i = 0;
        }
        int zone1 = Tables.TAB_ZONE[i];
        i = add(t1, L_INTER10 - 2);
        int zone2 = Tables.TAB_ZONE[i];

        int maxloc = -1;
        for (i = zone2; i >= zone1; i--) {
            if (lSub(excErr[i], maxloc) > 0) {
                maxloc = excErr[i];
            }
        }
        return lSub(maxloc, L_THRESH_ERR) > 0 ? 1 : 0;
    }

    /**
     * After a subframe is coded with quantized pitch gain {@code gainPit}
     * (Q14) and integer delay {@code t0}: propagates the error bound into a
     * new zone (1 + gain times the worst bound among the zones the delay
     * reads from) and shifts the zone history.
     */
    void updateExcErr(int gainPit, int t0) {
        int worst = -1;
        int n = sub(t0, L_SUBFR);

        if (n < 0) {
            /* the delay is shorter than a subframe: the last zone is read twice */
            int temp = propagate(excErr[0], gainPit);
            if (lSub(temp, worst) > 0) {
                worst = temp;
            }
            temp = propagate(temp, gainPit);
            if (lSub(temp, worst) > 0) {
                worst = temp;
            }
        } else {
            int zone1 = Tables.TAB_ZONE[n];
            int zone2 = Tables.TAB_ZONE[sub(t0, 1)];
            for (int i = zone1; i <= zone2; i++) {
                int temp = propagate(excErr[i], gainPit);
                if (lSub(temp, worst) > 0) {
                    worst = temp;
                }
            }
        }

        excErr[3] = excErr[2];
        excErr[2] = excErr[1];
        excErr[1] = excErr[0];
        excErr[0] = worst;
    }

    /** 1.0 (Q14) + err * gain, with err in DPF and gain in Q14. */
    private static int propagate(int err, int gainPit) {
        int hi = Oper32.extractHi(err);
        int lo = Oper32.extractLo(err);
        int t = Oper32.mpy32x16(hi, lo, gainPit);
        t = lShl(t, 1);
        return lAdd(0x00004000, t);
    }
}
