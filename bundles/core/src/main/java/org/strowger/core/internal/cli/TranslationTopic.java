package org.strowger.core.internal.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.strowger.api.media.Format;
import org.strowger.api.media.TranslationPaths;

/**
 * The {@code translation} topic of {@code core show}: the table, {@code recalc [<seconds>]} and
 * {@code paths <codec> [<sample rate>]}, with main/translate.c's argument rules and texts. A topic
 * of its own so that {@link CoreShowCommand} stays a dispatcher as more core topics arrive.
 */
final class TranslationTopic {

    /** Asterisk's MAX_RECALC: seconds of audio per translator at most. */
    static final int MAX_RECALC = 1000;
    /** What C's atoi and sscanf("%u") read: leading blanks, a sign, digits; the rest is ignored. */
    private static final Pattern LEADING_INTEGER = Pattern.compile("^\\s*([+-]?\\d+)");

    private final TranslationPaths translations;
    private final List<String> options;
    private final String commandLine;

    /**
     * @param options the words after {@code core show translation}
     * @param commandLine the whole line, for Asterisk's "Command '...' failed." text
     */
    TranslationTopic(TranslationPaths translations, List<String> options, String commandLine) {
        this.translations = translations;
        this.options = options;
        this.commandLine = commandLine;
    }

    /** Asterisk's argument rules: {@code options} are argv[3] onwards of "core show translation ...". */
    String render() {
        String first = options.isEmpty() ? "" : options.get(0);
        if (options.size() > 3) {
            return Usage.CORE_SHOW_TRANSLATION;
        }
        if (first.equalsIgnoreCase("paths") && options.size() == 2) {
            return translationPaths(options.get(1), 0);
        }
        if (first.equalsIgnoreCase("paths") && options.size() == 3) {
            Optional<Long> rate = leadingInteger(options.get(2));
            if (rate.isEmpty()) {
                return "Invalid sample rate: " + options.get(2) + ".\n" + Usage.failed(commandLine);
            }
            return translationPaths(options.get(1), rate.get());
        }
        if (first.equalsIgnoreCase("recalc")) {
            return recalculate(options.size() > 1 ? atoi(options.get(1)) : 1)
                    + TranslationText.table(Format.known(), translations);
        }
        if (!options.isEmpty()) {
            return Usage.CORE_SHOW_TRANSLATION;
        }
        return TranslationText.table(Format.known(), translations);
    }

    /** @param sampleRate the rate the codec must have, or 0 for any */
    private String translationPaths(String codec, long sampleRate) {
        Optional<Format> source = Format.byName(codec).filter(f -> sampleRate == 0 || f.sampleRate() == sampleRate);
        if (source.isEmpty()) {
            return "Source codec \"" + codec + "\" is not found.\n" + Usage.failed(commandLine);
        }
        return TranslationText.paths(source.get(), Format.known(), translations);
    }

    private String recalculate(int requested) {
        StringBuilder out = new StringBuilder();
        int seconds = requested;
        if (seconds <= 0) {
            out.append("         Recalc must be greater than 0.  Defaulting to 1.\n");
            seconds = 1;
        }
        if (seconds > MAX_RECALC) {
            out.append(String.format(Locale.ROOT, "         Maximum limit of recalc exceeded by %d, truncating value to %d\n",
                    seconds - MAX_RECALC, MAX_RECALC));
            seconds = MAX_RECALC;
        }
        out.append("         Recalculating Codec Translation (number of sample seconds: ").append(seconds).append(")\n\n");
        translations.recalculate(seconds);
        return out.toString();
    }

    private static int atoi(String text) {
        return leadingInteger(text).map(n -> (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n))).orElse(0);
    }

    private static Optional<Long> leadingInteger(String text) {
        Matcher matcher = LEADING_INTEGER.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(matcher.group(1)));
        } catch (NumberFormatException e) {
            // More digits than a long holds: no codec has such a rate, and no one waits that long.
            return Optional.of(matcher.group(1).startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE);
        }
    }
}
