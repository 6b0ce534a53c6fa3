package org.strowger.codec.support;

/**
 * The audio the translators offer as {@code sample()} for the core's cost measurement: 20 ms of
 * North American dial tone (350 Hz + 440 Hz, each at -13 dBm0), the sound a PBX most often
 * transcodes. G.711 costs the same for any audio; a realistic frame keeps the measurement honest for
 * codecs that do not.
 */
public final class SampleAudio {

    public static final int SAMPLES = 160;

    private SampleAudio() {
    }

    /** 160 samples of 16-bit little-endian linear audio, a new array each time. */
    public static byte[] dialToneSlin() {
        // mu-law's largest level, 32124 in 16 bits, is a sine of +3.17 dBm0
        double amplitude = 32124 * Math.pow(10, (-13 - 3.17) / 20);
        byte[] slin = new byte[SAMPLES * 2];
        for (int i = 0; i < SAMPLES; i++) {
            double t = i / 8000.0;
            int value = (int) Math.round(amplitude * (Math.sin(2 * Math.PI * 350 * t) + Math.sin(2 * Math.PI * 440 * t)));
            slin[2 * i] = (byte) value;
            slin[2 * i + 1] = (byte) (value >> 8);
        }
        return slin;
    }
}
