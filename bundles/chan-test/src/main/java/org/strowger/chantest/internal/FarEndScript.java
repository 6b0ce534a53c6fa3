package org.strowger.chantest.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.strowger.api.channel.ChannelRequestException;
import org.strowger.api.channel.HangupCause;
import org.strowger.api.media.Format;

/**
 * What the far end of a {@code Test} channel does, read from its resource
 * {@code <name>[/<option>[/<option>...]]}.
 *
 * @param name who the far end is; the channel is named {@code Test/<name>-<seq>}
 * @param format the native format
 * @param ring send {@code RINGING} before the outcome
 * @param outcome how a dialled call ends its ringing
 * @param answerDelayMillis for {@link Outcome#ANSWER}: how long after {@code call()}
 * @param toneHz the tone sent after answer, or {@link #NO_TONE}
 * @param echo write received voice and DTMF back
 * @param dtmf digits sent after answer, possibly empty
 * @param hangupDelayMillis how long after answer the far end hangs up, or {@link #NO_HANGUP}
 */
public record FarEndScript(String name, Format format, boolean ring, Outcome outcome, long answerDelayMillis,
        int toneHz, boolean echo, String dtmf, long hangupDelayMillis) {

    public static final int NO_TONE = 0;
    public static final long NO_HANGUP = -1;
    public static final int MAX_TONE_HZ = 3999;
    public static final Format DEFAULT_FORMAT = Format.ULAW;

    static final String DTMF_DIGITS = "0123456789*#ABCD";
    private static final String NAME_PUNCTUATION = "_-.@+";
    private static final String USAGE = "Test/<name>[/<option>...] with options format=slin|ulaw|alaw|g729, "
            + "answer=<ms>|never, ring, busy, congestion, tone=<hz>, echo, dtmf=<digits>, hangup=<ms>";

    /** How the far end answers a dialled call. */
    public enum Outcome {
        ANSWER, NEVER_ANSWER, BUSY, CONGESTION
    }

    /**
     * Reads a dialled resource (what follows {@code Test/}).
     *
     * @throws ChannelRequestException with {@code INVALID_NUMBER_FORMAT} (28) for a malformed name,
     *     an unknown, repeated, malformed or contradictory option, and with
     *     {@code BEARERCAPABILITY_NOTIMPL} (65) for a tone on a G.729 channel
     */
    public static FarEndScript parseDialled(String resource) throws ChannelRequestException {
        return parse(resource, false, null);
    }

    /**
     * Reads the name of an incoming call, which may carry the options that act after answer.
     *
     * @param format the format the caller asked for; a {@code format=} option must agree
     * @throws IllegalArgumentException for what {@link #parseDialled} refuses, and for the options
     *     that only a dialled call has ({@code answer}, {@code ring}, {@code busy}, {@code congestion})
     */
    public static FarEndScript parseIncoming(String resource, Format format) {
        try {
            return parse(resource, true, format);
        } catch (ChannelRequestException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static FarEndScript parse(String resource, boolean incoming, Format requiredFormat)
            throws ChannelRequestException {
        if (resource == null || resource.isEmpty()) {
            throw malformed("a Test resource needs a name: " + USAGE);
        }
        String[] parts = resource.split("/", -1);
        String name = parts[0];
        checkName(name, resource);

        Format format = requiredFormat != null ? requiredFormat : DEFAULT_FORMAT;
        boolean ring = false;
        Outcome outcome = Outcome.ANSWER;
        long answerDelay = 0;
        boolean answerGiven = false;
        int tone = NO_TONE;
        boolean echo = false;
        String dtmf = "";
        long hangupDelay = NO_HANGUP;

        Set<String> seen = new HashSet<>();
        for (int i = 1; i < parts.length; i++) {
            String option = parts[i];
            if (option.isEmpty()) {
                throw malformed("empty option after '" + String.join("/", Arrays.copyOf(parts, i))
                        + "/' in Test/" + resource);
            }
            int equals = option.indexOf('=');
            String key = (equals < 0 ? option : option.substring(0, equals)).toLowerCase(Locale.ROOT);
            String value = equals < 0 ? null : option.substring(equals + 1);
            if (!seen.add(key)) {
                throw malformed("option '" + key + "' given twice in Test/" + resource);
            }
            if (incoming && (key.equals("answer") || key.equals("ring") || key.equals("busy")
                    || key.equals("congestion"))) {
                throw malformed("option '" + option + "' is for dialled calls; an incoming call is answered by the core");
            }
            switch (key) {
                case "format" -> {
                    Format named = Format.byName(required(option, value))
                            .orElseThrow(() -> malformed("unknown format in '" + option + "' (use slin, ulaw, alaw or g729)"));
                    if (requiredFormat != null && named != requiredFormat) {
                        throw malformed("'" + option + "' contradicts the format " + requiredFormat + " given for Test/" + name);
                    }
                    format = named;
                }
                case "answer" -> {
                    answerGiven = true;
                    if ("never".equalsIgnoreCase(value)) {
                        outcome = Outcome.NEVER_ANSWER;
                    } else {
                        answerDelay = millis(option, value);
                    }
                }
                case "ring" -> ring = flag(option, value);
                case "busy" -> outcome = progress(option, value, outcome, Outcome.BUSY);
                case "congestion" -> outcome = progress(option, value, outcome, Outcome.CONGESTION);
                case "tone" -> tone = hertz(option, value);
                case "echo" -> echo = flag(option, value);
                case "dtmf" -> dtmf = digits(option, value);
                case "hangup" -> hangupDelay = millis(option, value);
                default -> throw malformed("unknown option '" + option + "' in Test/" + resource + "; " + USAGE);
            }
        }
        if (answerGiven && (outcome == Outcome.BUSY || outcome == Outcome.CONGESTION)) {
            throw malformed("'answer' contradicts '" + outcome.name().toLowerCase(Locale.ROOT) + "' in Test/" + resource);
        }
        if (tone != NO_TONE && format == Format.G729) {
            throw new ChannelRequestException(HangupCause.BEARERCAPABILITY_NOTIMPL,
                    "Test/" + resource + ": cannot send a tone in g729, this driver has no G.729 encoder");
        }
        return new FarEndScript(name, format, ring, outcome, answerDelay, tone, echo, dtmf, hangupDelay);
    }

    /** Whether a character is a DTMF digit, in either case. */
    static Optional<Character> dtmfDigit(char c) {
        char upper = Character.toUpperCase(c);
        return DTMF_DIGITS.indexOf(upper) >= 0 ? Optional.of(upper) : Optional.empty();
    }

    private static void checkName(String name, String resource) throws ChannelRequestException {
        if (name.isEmpty()) {
            throw malformed("empty name in Test/" + resource + ": " + USAGE);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean allowed = c < 128 && (Character.isLetterOrDigit(c) || NAME_PUNCTUATION.indexOf(c) >= 0);
            if (!allowed) {
                throw malformed("character '" + c + "' not allowed in the name '" + name
                        + "' (use letters, digits and " + NAME_PUNCTUATION + ")");
            }
        }
    }

    private static Outcome progress(String option, String value, Outcome current, Outcome wanted)
            throws ChannelRequestException {
        flag(option, value);
        if (current == Outcome.BUSY || current == Outcome.CONGESTION) {
            throw malformed("'busy' and 'congestion' exclude each other");
        }
        if (current == Outcome.NEVER_ANSWER) {
            throw malformed("'" + option + "' contradicts 'answer=never'");
        }
        return wanted;
    }

    private static boolean flag(String option, String value) throws ChannelRequestException {
        if (value != null) {
            throw malformed("option '" + option.substring(0, option.indexOf('=')) + "' takes no value: '" + option + "'");
        }
        return true;
    }

    private static String required(String option, String value) throws ChannelRequestException {
        if (value == null || value.isEmpty()) {
            throw malformed("option '" + option + "' needs a value");
        }
        return value;
    }

    private static long millis(String option, String value) throws ChannelRequestException {
        String text = required(option, value);
        try {
            long ms = Long.parseLong(text);
            if (ms >= 0 && text.chars().allMatch(Character::isDigit)) {
                return ms;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        String key = option.substring(0, option.indexOf('='));
        throw malformed("'" + option + "': " + key + " takes milliseconds (0 or more)"
                + (key.equals("answer") ? " or 'never'" : ""));
    }

    private static int hertz(String option, String value) throws ChannelRequestException {
        String text = required(option, value);
        try {
            int hz = Integer.parseInt(text);
            if (hz >= 1 && hz <= MAX_TONE_HZ && text.chars().allMatch(Character::isDigit)) {
                return hz;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw malformed("'" + option + "': a tone takes whole hertz from 1 to " + MAX_TONE_HZ);
    }

    private static String digits(String option, String value) throws ChannelRequestException {
        String text = required(option, value);
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            digits.append(dtmfDigit(c).orElseThrow(() -> malformed("'" + c + "' in '" + option
                    + "' is not a DTMF digit (use 0-9, *, #, A-D)")));
        }
        return digits.toString();
    }

    private static ChannelRequestException malformed(String message) {
        return new ChannelRequestException(HangupCause.INVALID_NUMBER_FORMAT, message);
    }
}
