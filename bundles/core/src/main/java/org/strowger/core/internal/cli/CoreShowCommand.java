package org.strowger.core.internal.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.strowger.api.media.Format;
import org.strowger.api.media.TranslationPaths;
import org.strowger.api.system.SystemInfo;

/**
 * {@code core show version}, {@code core show uptime [seconds]} and
 * {@code core show translation [recalc [<seconds>] | paths <codec> [<sample rate>]]}.
 */
@Service
@Command(scope = "core", name = "show", description = "Shows PBX facts (Asterisk: core show version | core show uptime [seconds]"
        + " | core show translation [recalc [<recalc seconds>]] | core show translation paths [codec [sample_rate]])")
public class CoreShowCommand extends AsteriskCommand {

    /** Asterisk's MAX_RECALC: seconds of audio per translator at most. */
    static final int MAX_RECALC = 1000;
    /** What C's atoi and sscanf("%u") read: leading blanks, a sign, digits; the rest is ignored. */
    private static final Pattern LEADING_INTEGER = Pattern.compile("^\\s*([+-]?\\d+)");

    @Reference
    SystemInfo system;

    @Reference
    TranslationPaths translations;

    @Argument(index = 0, name = "what", description = "version, uptime or translation")
    @Completion(value = StringsCompleter.class, values = {"version", "uptime", "translation"})
    String what;

    @Argument(index = 1, name = "options", multiValued = true,
            description = "uptime: 'seconds' for plain seconds; translation: recalc [<seconds>] or paths <codec> [<sample rate>]")
    @Completion(CoreShowOptionsCompleter.class)
    List<String> options = new ArrayList<>();

    @Override
    String render() {
        return render(Instant.now());
    }

    String render(Instant now) {
        if (what == null) {
            return "No such command 'core show' (type 'core show help core show' for other possible commands)\n";
        }
        switch (what.toLowerCase(Locale.ROOT)) {
            case "version":
                return options.isEmpty() ? system.versionLine() + "\n" : Usage.CORE_SHOW_VERSION;
            case "uptime":
                boolean seconds = options.size() == 1 && options.get(0).equalsIgnoreCase("seconds");
                if (!options.isEmpty() && !seconds) {
                    return Usage.CORE_SHOW_UPTIME;
                }
                return AsteriskText.uptimeLine("System uptime", Duration.between(system.startupTime(), now).toSeconds(), seconds)
                        + AsteriskText.uptimeLine("Last reload", Duration.between(system.lastReloadTime(), now).toSeconds(), seconds);
            case "translation":
                return translation();
            default:
                return "No such command 'core show " + String.join(" ", allWords())
                        + "' (type 'core show help core show' for other possible commands)\n";
        }
    }

    /** Asterisk's argument rules: {@code options} are argv[3] onwards of "core show translation ...". */
    private String translation() {
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
                return "Invalid sample rate: " + options.get(2) + ".\n" + Usage.failed(commandLine());
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
            return "Source codec \"" + codec + "\" is not found.\n" + Usage.failed(commandLine());
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

    private String commandLine() {
        return "core show " + String.join(" ", allWords());
    }

    private List<String> allWords() {
        List<String> words = new ArrayList<>();
        words.add(what);
        words.addAll(options);
        return words;
    }
}
