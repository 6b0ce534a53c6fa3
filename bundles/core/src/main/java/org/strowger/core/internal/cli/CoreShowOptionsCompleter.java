package org.strowger.core.internal.cli;

import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.strowger.api.channel.ChannelService;
import org.strowger.api.media.Format;
import org.strowger.core.internal.dialplan.DialplanEngine;
import org.strowger.core.internal.dialplan.RegisteredFunction;

/** Completes the words after a {@code core show} topic, as Asterisk's CLI_GENERATE does. */
@Service
public class CoreShowOptionsCompleter implements Completer {

    // Optional for the same reason as in CoreShowCommand: the other topics do not need channels.
    @Reference(optional = true)
    ChannelService channels;

    @Reference(optional = true)
    DialplanEngine dialplan;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String[] words = commandLine.getArguments();
        int at = commandLine.getCursorArgumentIndex();
        String previous = at > 0 && at <= words.length ? words[at - 1].toLowerCase(Locale.ROOT) : "";
        List<String> choices = switch (previous) {
            case "uptime" -> List.of("seconds");
            case "translation" -> List.of("recalc", "paths");
            case "paths" -> Format.known().stream().map(Format::name).toList();
            case "channels" -> List.of("concise", "verbose", "count");
            case "channel" -> ChannelNameCompleter.names(channels);
            case "functions" -> List.of("like");
            case "function" -> dialplan == null ? List.<String>of()
                    : dialplan.functions().stream().map(RegisteredFunction::name).toList();
            default -> List.of();
        };
        return new StringsCompleter(choices, false).complete(session, commandLine, candidates);
    }
}
