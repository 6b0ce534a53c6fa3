package org.strowger.core.internal.cli;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelService;

/** Completes the names of live channels, as Asterisk's ast_complete_channels does (ignoring case). */
@Service
public class ChannelNameCompleter implements Completer {

    // Optional: a completer that vanished with the channel core would take core:show with it.
    @Reference(optional = true)
    ChannelService channels;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(names(channels), false).complete(session, commandLine, candidates);
    }

    static List<String> names(ChannelService channels) {
        return channels == null ? List.of() : channels.channels().stream().map(Channel::name).toList();
    }
}
