package org.strowger.codec.g729.internal;

/**
 * Constants of ITU-T G.729 Annex A: every {@code #define} of the reference header
 * LD8A.H (TAB_LD8A.H only declares tables, see {@link Tables}), under the same names.
 * Comments give the Q format where the constant is a fixed-point number.
 */
public final class G729Constants {
    private G729Constants() {
    }

    // ---- frame structure (coder, decoder, postfilter) ----
    /** Total size of the speech buffer of the LP analysis. */
    public static final int L_TOTAL = 240;
    /** Size of the LP analysis window. */
    public static final int L_WINDOW = 240;
    /** Look-ahead of the LP analysis. */
    public static final int L_NEXT = 40;
    /** Frame size (10 ms at 8 kHz). */
    public static final int L_FRAME = 80;
    /** Subframe size (5 ms). */
    public static final int L_SUBFR = 40;
    /** Order of the LP filter. */
    public static final int M = 10;
    /** Order of the LP filter + 1. */
    public static final int MP1 = M + 1;
    /** Minimum pitch lag. */
    public static final int PIT_MIN = 20;
    /** Maximum pitch lag. */
    public static final int PIT_MAX = 143;
    /** Length of the interpolation filter. */
    public static final int L_INTERPOL = 10 + 1;
    /** Bandwidth expansion factor 0.75 (Q15). */
    public static final int GAMMA1 = 24576;

    /** Number of analysis parameters per frame. */
    public static final int PRM_SIZE = 11;
    /** ITU serial frame size in words: sync + size + 80 bits. */
    public static final int SERIAL_SIZE = 80 + 2;

    /** Maximum pitch sharpening 0.8 (Q14). */
    public static final int SHARPMAX = 13017;
    /** Minimum pitch sharpening 0.2 (Q14). */
    public static final int SHARPMIN = 3277;

    // ---- long-term prediction ----
    public static final int UP_SAMP = 3;
    public static final int L_INTER10 = 10;
    /** Length of the 1/3 resolution interpolation filter. */
    public static final int FIR_SIZE_SYN = UP_SAMP * L_INTER10 + 1;

    // ---- algebraic (fixed) codebook ----
    /** Size of the correlation matrix. */
    public static final int DIM_RR = 616;
    /** Number of positions for each pulse. */
    public static final int NB_POS = 8;
    /** Step between positions of the same pulse. */
    public static final int STEP = 5;
    /** Size of vectors for cross-correlation between two pulses. */
    public static final int MSIZE = 64;
    /** 1/2 in Q15. */
    public static final int _1_2 = 16384;
    /** 1/4 in Q15. */
    public static final int _1_4 = 8192;
    /** 1/8 in Q15. */
    public static final int _1_8 = 4096;
    /** 1/16 in Q15. */
    public static final int _1_16 = 2048;

    // ---- LSP quantization ----
    /** NC = M/2. */
    public static final int NC = 5;
    /** MA prediction order for the LSPs. */
    public static final int MA_NP = 4;
    /** Number of MA prediction modes. */
    public static final int MODE = 2;
    /** Number of first stage bits. */
    public static final int NC0_B = 7;
    /** Number of second stage bits. */
    public static final int NC1_B = 5;
    public static final int NC0 = 1 << NC0_B;
    public static final int NC1 = 1 << NC1_B;
    /** 0.005 (Q13). */
    public static final int L_LIMIT = 40;
    /** 3.135 (Q13). */
    public static final int M_LIMIT = 25681;
    /** Q13. */
    public static final int GAP1 = 10;
    /** Q13. */
    public static final int GAP2 = 5;
    /** Q13. */
    public static final int GAP3 = 321;
    public static final int GRID_POINTS = 50;
    /** pi*0.04 (Q13). */
    public static final int PI04 = 1029;
    /** pi*0.92 (Q13). */
    public static final int PI92 = 23677;
    /** 10.0 (Q11). */
    public static final int CONST10 = 10 * (1 << 11);
    /** 1.2 (Q14). */
    public static final int CONST12 = 19661;

    // ---- gain quantization ----
    public static final int NCODE1_B = 3;
    public static final int NCODE2_B = 4;
    public static final int NCODE1 = 1 << NCODE1_B;
    public static final int NCODE2 = 1 << NCODE2_B;
    /** Pre-selection order for codebook 1. */
    public static final int NCAN1 = 4;
    /** Pre-selection order for codebook 2. */
    public static final int NCAN2 = 8;
    /** Q19. */
    public static final int INV_COEF = -17103;

    // ---- ITU serial bitstream ----
    /** A 0 bit in the ITU serial format. */
    public static final int BIT_0 = 0x007f;
    /** A 1 bit in the ITU serial format. */
    public static final int BIT_1 = 0x0081;
    /** Frame synchronisation word of the ITU serial format. */
    public static final int SYNC_WORD = 0x6b21;
    /** Number of speech bits per frame. */
    public static final int SIZE_WORD = 80;

    // ---- postfilter ----
    /** Size of the truncated impulse response of A(z/g1)/A(z/g2). */
    public static final int L_H = 22;
    /** 0.5 (Q15). */
    public static final int GAMMAP = 16384;
    /** 1/(1+GAMMAP) (Q15). */
    public static final int INV_GAMMAP = 21845;
    /** GAMMAP/(1+GAMMAP) (Q15). */
    public static final int GAMMAP_2 = 10923;
    /** Formant postfilter numerator factor 0.55 (Q15). */
    public static final int GAMMA2_PST = 18022;
    /** Formant postfilter denominator factor 0.70 (Q15). */
    public static final int GAMMA1_PST = 22938;
    /** Tilt compensation factor 0.8 (Q15). */
    public static final int MU = 26214;
    /** Automatic gain control factor 0.9 (Q15). */
    public static final int AGC_FAC = 29491;
    /** 1 - AGC_FAC (Q15). */
    public static final int AGC_FAC1 = 32767 - AGC_FAC;

    // ---- taming ----
    /** Maximum pitch gain if taming is needed (Q14). */
    public static final int GPCLIP = 15564;
    /** Maximum pitch gain if taming is needed (Q9). */
    public static final int GPCLIP2 = 481;
    /** Maximum pitch gain if taming is needed. */
    public static final int GP0999 = 16383;
    /** Error threshold for taming: 16384 * 60000. */
    public static final int L_THRESH_ERR = 983040000;
}
