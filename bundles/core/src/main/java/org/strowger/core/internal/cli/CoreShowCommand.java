package org.strowger.core.internal.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.strowger.api.channel.ChannelService;
import org.strowger.api.media.TranslationPaths;
import org.strowger.api.state.Hints;
import org.strowger.api.system.SystemInfo;
import org.strowger.core.internal.dialplan.DialplanEngine;

/**
 * {@code core show version}, {@code core show uptime [seconds]},
 * {@code core show translation [recalc [<seconds>] | paths <codec> [<sample rate>]]},
 * {@code core show channels [concise|verbose|count]}, {@code core show channel <channel>},
 * {@code core show functions [like <text>]} and {@code core show function <function>}.
 */
@Service
@Command(scope = "core", name = "show", description = "Shows PBX facts (Asterisk: core show version | core show uptime [seconds]"
        + " | core show translation [recalc [<recalc seconds>]] | core show translation paths [codec [sample_rate]]"
        + " | core show channels [concise|verbose|count] | core show channel <channel>"
        + " | core show functions [like <text>] | core show function <function>"
        + " | core show hints | core show hint <exten>)")
public class CoreShowCommand extends AsteriskCommand {

    @Reference
    SystemInfo system;

    @Reference
    TranslationPaths translations;

    // Optional so that version, uptime and translation stay available while the channel core is absent.
    @Reference(optional = true)
    ChannelService channels;

    // Optional: the dialplan topics say there is nothing while the dialplan engine is absent.
    @Reference(optional = true)
    DialplanEngine dialplan;

    // Optional: without the state components there are simply no hints.
    @Reference(optional = true)
    Hints hints;

    @Argument(index = 0, name = "what", description = "version, uptime, translation, channels, channel, applications,"
            + " application, functions, function, hints or hint")
    @Completion(value = StringsCompleter.class, values = {"version", "uptime", "translation", "channels", "channel",
        "applications", "application", "functions", "function", "hints", "hint"})
    String what;

    @Argument(index = 1, name = "options", multiValued = true,
            description = "uptime: 'seconds' for plain seconds; translation: recalc [<seconds>] or paths <codec> [<sample rate>];"
                    + " channels: concise, verbose or count; channel: a channel name; functions: like <text>;"
                    + " function: a function name")
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
                return new TranslationTopic(translations, options, commandLine()).render();
            case "channels":
                return new ChannelsTopic(channels, options, now).render();
            case "channel":
                return new ChannelTopic(channels, options, now).render();
            case "applications":
                return new ApplicationsTopic(dialplan, options, commandLine()).list();
            case "application":
                return new ApplicationsTopic(dialplan, options, commandLine()).describe();
            case "functions":
                return new FunctionsTopic(dialplan, options).render();
            case "function":
                return new FunctionTopic(dialplan, options, commandLine()).render();
            case "hints":
                return new HintsTopic(hints).all();
            case "hint":
                return new HintsTopic(hints).matching(options);
            default:
                return "No such command 'core show " + String.join(" ", allWords())
                        + "' (type 'core show help core show' for other possible commands)\n";
        }
    }

    private String commandLine() {
        return "core show " + String.join(" ", allWords());
    }

    @Override
    String asteriskLine() {
        return what == null ? "core show" : commandLine();
    }

    private List<String> allWords() {
        List<String> words = new ArrayList<>();
        words.add(what);
        words.addAll(options);
        return words;
    }
}
