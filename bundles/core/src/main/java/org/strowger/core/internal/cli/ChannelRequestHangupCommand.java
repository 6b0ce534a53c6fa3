package org.strowger.core.internal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelService;
import org.strowger.api.channel.HangupCause;

/**
 * {@code channel request hangup <channel>|all} with the texts of main/cli.c {@code handle_softhangup}.
 * The Karaf command is {@code channel:request}; {@code hangup} is its first word, as the CLI line
 * {@code channel request hangup X} becomes {@code channel:request hangup X}.
 */
@Service
@Command(scope = "channel", name = "request", description = "Requests a hangup on a given channel (Asterisk: channel request hangup <channel>|<all>)")
public class ChannelRequestHangupCommand extends AsteriskCommand {

    /*
     * ast_softhangup(c, AST_SOFTHANGUP_EXPLICIT) sets no cause of its own; a channel hung up that way
     * without a cause ends with Normal Clearing.
     */
    static final int CAUSE = HangupCause.NORMAL_CLEARING.code();

    @Reference
    ChannelService channels;

    @Argument(index = 0, name = "hangup", description = "the word 'hangup'")
    @Completion(value = StringsCompleter.class, values = {"hangup"})
    String what;

    @Argument(index = 1, name = "channel|all", description = "a channel name, or 'all'", multiValued = true)
    @Completion(ChannelNameCompleter.class)
    List<String> names = new ArrayList<>();

    @Override
    String render() {
        if (what == null || !what.equalsIgnoreCase("hangup")) {
            // Asterisk has no other "channel request" command.
            return "No such command '" + asteriskLine() + "' (type 'core show help channel request' for other possible commands)\n";
        }
        if (names.size() != 1) {
            return Usage.CHANNEL_REQUEST_HANGUP;
        }
        String name = names.get(0);
        if (name.equalsIgnoreCase("all")) {
            // Asterisk prints one line per channel and no summary.
            StringBuilder out = new StringBuilder();
            // A copy: hanging up removes channels from the service while we walk them.
            for (Channel channel : new ArrayList<>(channels.channels())) {
                out.append(requested(channel));
            }
            return out.toString();
        }
        Optional<Channel> channel = channels.find(name);
        return channel.map(ChannelRequestHangupCommand::requested).orElseGet(() -> ChannelTopic.notKnown(name));
    }

    private static String requested(Channel channel) {
        String line = "Requested Hangup on channel '" + channel.name() + "'\n";
        channel.hangup(CAUSE);
        return line;
    }

    @Override
    String asteriskLine() {
        List<String> words = new ArrayList<>(List.of("channel", "request"));
        if (what != null) {
            words.add(what);
        }
        words.addAll(names);
        return String.join(" ", words);
    }
}
