package org.strowger.core.internal.sounds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.media.Format;
import org.strowger.api.media.VoiceFrame;

/**
 * A tone list such as {@code 440+480/2000,0/4000} and the generator that plays it: Asterisk's
 * {@code ast_playtones_start} and {@code playtones_generator} (main/indications.c). Each part is
 * {@code f1[+f2][/ms]} (two tones added), {@code f1*f2[/ms]} (f1 modulated by f2) or the same with
 * MIDI notes ({@code M69}); a part without a time lasts for ever. Parts written with a leading
 * {@code !} play once; the list repeats from the first part without one, and a list whose every part
 * has one ends after its last part.
 *
 * <p>The generator is the same integer oscillator as Asterisk's, at its default volume (7219, about
 * -8 dBFS per tone), so the samples match what Asterisk sends, frame for frame.
 */
public final class ToneList {

    private static final Logger LOG = LoggerFactory.getLogger(ToneList.class);
    /** {@code ast_playtones_start}'s volume when none is given: "Default to -8db". */
    public static final int DEFAULT_VOLUME = 7219;
    private static final int SAMPLE_RATE = 8000;
    private static final int SAMPLES_PER_FRAME = Format.SLIN.samplesPer20Ms();

    private static final int[] MIDI_TO_HZ = {
        8, 8, 9, 9, 10, 10, 11, 12, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24,
        25, 27, 29, 30, 32, 34, 36, 38, 41, 43, 46, 48, 51, 55, 58, 61, 65, 69, 73, 77,
        82, 87, 92, 97, 103, 110, 116, 123, 130, 138, 146, 155, 164, 174, 184, 195, 207, 220, 233, 246,
        261, 277, 293, 311, 329, 349, 369, 391, 415, 440, 466, 493, 523, 554, 587, 622, 659, 698, 739, 783,
        830, 880, 932, 987, 1046, 1108, 1174, 1244, 1318, 1396, 1479, 1567, 1661, 1760, 1864, 1975, 2093, 2217,
        2349, 2489, 2637, 2793, 2959, 3135, 3322, 3520, 3729, 3951, 4186, 4434, 4698, 4978, 5274, 5587, 5919,
        6271, 6644, 7040, 7458, 7902, 8372, 8869, 9397, 9956, 10548, 11175, 11839, 12543,
    };

    // The forms of ast_tone_zone_part_parse, tried in its order; like sscanf they need only match a prefix.
    private static final Pattern SUM_TIMED = Pattern.compile("^(M?)(\\d+)\\+M?(\\d+)/(\\d+)");
    private static final Pattern SUM = Pattern.compile("^(M?)(\\d+)\\+M?(\\d+)");
    private static final Pattern MODULATED_TIMED = Pattern.compile("^(M?)(\\d+)\\*M?(\\d+)/(\\d+)");
    private static final Pattern MODULATED = Pattern.compile("^(M?)(\\d+)\\*M?(\\d+)");
    private static final Pattern SINGLE_TIMED = Pattern.compile("^(M?)(\\d+)/(\\d+)");
    private static final Pattern SINGLE = Pattern.compile("^(M?)(\\d+)");

    /**
     * One part of the list.
     *
     * @param freq1 the first frequency in Hz
     * @param freq2 the second frequency in Hz, 0 for none
     * @param millis how long the part lasts, 0 for ever
     * @param modulate whether freq2 modulates freq1 instead of being added to it
     */
    public record Part(int freq1, int freq2, int millis, boolean modulate) {
    }

    private final List<Part> parts;
    /** The index the list repeats from, -1 when it plays once. */
    private final int repeatFrom;

    private ToneList(List<Part> parts, int repeatFrom) {
        this.parts = List.copyOf(parts);
        this.repeatFrom = repeatFrom;
    }

    /**
     * Parses a tone list; parts that cannot be read are skipped with Asterisk's error.
     *
     * @return the list, empty when no part could be read ("No valid tone parts")
     */
    public static Optional<ToneList> parse(String text) {
        String separator = text.indexOf('|') >= 0 ? "\\|" : ",";
        List<Part> parts = new ArrayList<>();
        int repeatFrom = -1;
        for (String raw : text.split(separator, -1)) {
            if (raw.isEmpty()) {
                break; // strsep stops at the first empty part
            }
            String item = raw.strip();
            if (item.startsWith("!")) {
                item = item.substring(1);
            } else if (repeatFrom == -1) {
                repeatFrom = parts.size();
            }
            Optional<Part> part = parsePart(item);
            if (part.isEmpty()) {
                LOG.error("Failed to parse tone part '{}'", item);
                continue;
            }
            parts.add(part.get());
        }
        if (parts.isEmpty()) {
            LOG.error("No valid tone parts");
            return Optional.empty();
        }
        return Optional.of(new ToneList(parts, repeatFrom));
    }

    private static Optional<Part> parsePart(String item) {
        Matcher m;
        if ((m = SUM_TIMED.matcher(item)).find()) {
            return part(m, m.group(3), m.group(4), false);
        }
        if ((m = SUM.matcher(item)).find()) {
            return part(m, m.group(3), "0", false);
        }
        if ((m = MODULATED_TIMED.matcher(item)).find()) {
            return part(m, m.group(3), m.group(4), true);
        }
        if ((m = MODULATED.matcher(item)).find()) {
            return part(m, m.group(3), "0", true);
        }
        if ((m = SINGLE_TIMED.matcher(item)).find()) {
            return part(m, null, m.group(3), false);
        }
        if ((m = SINGLE.matcher(item)).find()) {
            return part(m, null, "0", false);
        }
        return Optional.empty();
    }

    private static Optional<Part> part(Matcher m, String second, String time, boolean modulate) {
        boolean midi = !m.group(1).isEmpty();
        try {
            int freq1 = Integer.parseInt(m.group(2));
            int freq2 = second == null ? 0 : Integer.parseInt(second);
            if (midi) {
                freq1 = freq1 <= 127 ? MIDI_TO_HZ[freq1] : 0;
                freq2 = second != null && freq2 <= 127 ? MIDI_TO_HZ[freq2] : 0;
            }
            return Optional.of(new Part(freq1, freq2, Integer.parseInt(time), modulate));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public List<Part> parts() {
        return parts;
    }

    /** The index of the part the list repeats from, -1 when the list plays once. */
    public int repeatFrom() {
        return repeatFrom;
    }

    /** A new generator at the start of the list, at Asterisk's default volume. */
    public FrameSource generator() {
        return new Generator(this, DEFAULT_VOLUME);
    }

    /** {@code playtones_generator}: the oscillator state of one playing list. */
    private static final class Generator implements FrameSource {

        private final int[] fac1;
        private final int[] initV2First;
        private final int[] initV3First;
        private final int[] fac2;
        private final int[] initV2Second;
        private final int[] initV3Second;
        private final ToneList list;
        private int v1First;
        private int v2First;
        private int v3First;
        private int v1Second;
        private int v2Second;
        private int v3Second;
        private int item;
        private int loadedItem = -1;
        private int position;
        private boolean finished;

        Generator(ToneList list, int volume) {
            this.list = list;
            int n = list.parts.size();
            fac1 = new int[n];
            initV2First = new int[n];
            initV3First = new int[n];
            fac2 = new int[n];
            initV2Second = new int[n];
            initV3Second = new int[n];
            for (int i = 0; i < n; i++) {
                Part part = list.parts.get(i);
                double f1 = part.freq1() / (double) SAMPLE_RATE;
                double f2 = part.freq2() / (double) SAMPLE_RATE;
                fac1[i] = (int) (2.0 * Math.cos(2.0 * Math.PI * f1) * 32768.0);
                initV2First[i] = (int) (Math.sin(-4.0 * Math.PI * f1) * volume);
                initV3First[i] = (int) (Math.sin(-2.0 * Math.PI * f1) * volume);
                fac2[i] = (int) (2.0 * Math.cos(2.0 * Math.PI * f2) * 32768.0);
                initV2Second[i] = (int) (Math.sin(-4.0 * Math.PI * f2) * volume);
                initV3Second[i] = (int) (Math.sin(-2.0 * Math.PI * f2) * volume);
            }
        }

        @Override
        public VoiceFrame next() {
            if (finished) {
                return null;
            }
            Part part = list.parts.get(item);
            if (loadedItem != item) {
                v1First = 0;
                v2First = initV2First[item];
                v3First = initV3First[item];
                v1Second = 0;
                v2Second = initV2Second[item];
                v3Second = initV3Second[item];
                loadedItem = item;
            }
            byte[] payload = new byte[SAMPLES_PER_FRAME * 2];
            for (int x = 0; x < SAMPLES_PER_FRAME; x++) {
                v1First = v2First;
                v2First = v3First;
                v3First = (fac1[item] * v2First >> 15) - v1First;
                v1Second = v2Second;
                v2Second = v3Second;
                v3Second = (fac2[item] * v2Second >> 15) - v1Second;
                int sample;
                if (part.modulate()) {
                    int p = Math.abs(v3Second - 32768);
                    p = p * 9 / 10 + 1;
                    sample = v3First * p >> 15;
                } else {
                    sample = v3First + v3Second;
                }
                short value = (short) sample;
                payload[2 * x] = (byte) value;
                payload[2 * x + 1] = (byte) (value >> 8);
            }
            position += SAMPLES_PER_FRAME;
            if (part.millis() != 0 && position >= part.millis() * 8) {
                position = 0;
                item++;
                if (item >= list.parts.size()) {
                    if (list.repeatFrom == -1) {
                        finished = true;
                    } else {
                        item = list.repeatFrom;
                    }
                }
            }
            return new VoiceFrame(Format.SLIN, payload, SAMPLES_PER_FRAME);
        }
    }
}
