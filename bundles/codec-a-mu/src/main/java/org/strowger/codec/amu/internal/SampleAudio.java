package org.strowger.codec.amu.internal;

/**
 * The audio the translators offer as {@code sample()} for the core's cost measurement: 20 ms of
 * North American dial tone (350 Hz + 440 Hz, each at about -13 dBm0), the sound a PBX most often
 * transcodes, in mu-law. This bundle has no linear encoder of its own, so it carries the G.191
 * mu-law compression for these 160 samples only.
 */
final class SampleAudio {

    static final int SAMPLES = 160;

    private SampleAudio() {
    }

    /** 160 mu-law codes, a new array each time. */
    static byte[] dialToneUlaw() {
        // mu-law's largest level, 32124 in 16 bits, is a sine of +3.17 dBm0
        double amplitude = 32124 * Math.pow(10, (-13 - 3.17) / 20);
        byte[] codes = new byte[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            double t = i / 8000.0;
            int value = (int) Math.round(amplitude * (Math.sin(2 * Math.PI * 350 * t) + Math.sin(2 * Math.PI * 440 * t)));
            codes[i] = (byte) ulawCompress(value);
        }
        return codes;
    }

    /** G.191 {@code ulaw_compress} for one 16-bit sample. */
    private static int ulawCompress(int linear) {
        int magnitude = Math.min(0x1FFF, (linear < 0 ? (~linear) >> 2 : linear >> 2) + 33);
        int segment = 1;
        for (int i = magnitude >> 6; i != 0; i >>= 1) {
            segment++;
        }
        int code = ((8 - segment) << 4) | (0x0F - ((magnitude >> segment) & 0x0F));
        return linear >= 0 ? code | 0x80 : code;
    }
}
