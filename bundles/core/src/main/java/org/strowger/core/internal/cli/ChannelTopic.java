package org.strowger.core.internal.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.strowger.api.channel.Bridge;
import org.strowger.api.channel.CallerId;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelService;
import org.strowger.api.media.Format;

/**
 * The {@code channel} topic of {@code core show}: {@code core show channel <channel>}, the block
 * main/cli.c {@code handle_showchan} prints. Lines our channels have no data for carry the value
 * Asterisk prints when that field is unset.
 */
final class ChannelTopic {

    /* handle_showchan: the ast_str_append format, one line per field, in Asterisk's order. */
    static final String FORMAT = " -- General --\n"
            + "           Name: %s\n"
            + "           Type: %s\n"
            + "       UniqueID: %s\n"
            + "       LinkedID: %s\n"
            + "      Caller ID: %s\n"
            + " Caller ID Name: %s\n"
            + "Connected Line ID: %s\n"
            + "Connected Line ID Name: %s\n"
            + "Eff. Connected Line ID: %s\n"
            + "Eff. Connected Line ID Name: %s\n"
            + "    DNID Digits: %s\n"
            + "       Language: %s\n"
            + "          State: %s (%d)\n"
            + "  NativeFormats: %s\n"
            + "    WriteFormat: %s\n"
            + "     ReadFormat: %s\n"
            + " WriteTranscode: %s %s\n"
            + "  ReadTranscode: %s %s\n"
            + " Time to Hangup: %d\n"
            + "   Elapsed Time: %s\n"
            + "      Bridge ID: %s\n"
            + " --   PBX   --\n"
            + "        Context: %s\n"
            + "      Extension: %s\n"
            + "       Priority: %d\n"
            + "     Call Group: %d\n"
            + "   Pickup Group: %d\n"
            + "    Application: %s\n"
            + "           Data: %s\n"
            // Asterisk's spelling.
            + " Call Identifer: %s\n";

    private final ChannelService channels;
    private final List<String> options;
    private final Instant now;

    /**
     * @param channels the core's channels, {@code null} while the channel service is not there
     * @param options the words after {@code core show channel}
     * @param now the time the elapsed time is counted to
     */
    ChannelTopic(ChannelService channels, List<String> options, Instant now) {
        this.channels = channels;
        this.options = options;
        this.now = now;
    }

    String render() {
        if (options.size() != 1) {
            return Usage.CORE_SHOW_CHANNEL;
        }
        String name = options.get(0);
        Optional<Channel> found = channels == null ? Optional.empty() : channels.find(name);
        if (found.isEmpty()) {
            return notKnown(name);
        }
        return block(found.get());
    }

    /** handle_showchan and handle_softhangup: the text for a name no channel has. */
    static String notKnown(String name) {
        return name + " is not a known channel\n";
    }

    private String block(Channel channel) {
        CallerId caller = channel.callerId();
        CallerId connected = channel.connectedLine();
        long elapsed = Math.max(0, Duration.between(channel.created(), now).toSeconds());
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, FORMAT,
                channel.name(),
                channel.technology(),
                channel.uniqueId(),
                channel.linkedId(),
                orNa(caller.number()),
                orNa(caller.name()),
                orNa(connected.number()),
                orNa(connected.name()),
                // The effective connected line differs only when a private identity is set, which
                // our channels do not have.
                orNa(connected.number()),
                orNa(connected.name()),
                // No dialed-number (DNID) data on our channels: Asterisk's value when it is unset.
                "(N/A)",
                channel.language(),
                channel.state().text(), channel.state().code(),
                formatNames(channel.nativeFormats()),
                formatName(channel.writeFormat()),
                formatName(channel.readFormat()),
                // Which translators a channel runs is not visible through Channel: Asterisk's
                // "no translation path" values ("No" and an empty path).
                "No", "",
                "No", "",
                // No absolute hangup time (TIMEOUT(absolute)) on our channels: tv_sec 0, as unset.
                0L,
                String.format(Locale.ROOT, "%dh%dm%ds", elapsed / 3600, (elapsed % 3600) / 60, elapsed % 60),
                channel.bridge().map(Bridge::id).orElse("(Not bridged)"),
                nonNull(channel.context()),
                nonNull(channel.exten()),
                channel.priority(),
                // Call and pickup groups do not exist here: 0, no group.
                0L,
                0L,
                orElse(channel.application(), "(N/A)"),
                orElse(channel.applicationData(), "(Empty)"),
                // No call identifiers (the [C-00000001] log tags) here.
                "(None)"));
        out.append("      Variables:\n");
        // Asterisk keeps variables newest first (pbx_builtin_setvar_helper inserts at the head) and
        // prints them in that order without the _ / __ inheritance prefixes.
        List<Map.Entry<String, String>> variables = new ArrayList<>(channel.variables().entrySet());
        Collections.reverse(variables);
        for (Map.Entry<String, String> variable : variables) {
            out.append(variable.getKey()).append('=').append(nonNull(variable.getValue())).append('\n');
        }
        // No CDRs in Strowger, so no "  CDR Variables:" section.
        return out.toString();
    }

    /** ast_format_cap_get_names: {@code (ulaw|alaw)}, or {@code (nothing)} for no formats. */
    static String formatNames(Set<Format> formats) {
        if (formats == null || formats.isEmpty()) {
            return "(nothing)";
        }
        return formats.stream().map(Format::name).collect(Collectors.joining("|", "(", ")"));
    }

    /** ast_format_get_name; a channel without a format has Asterisk's ast_format_none, named "none". */
    private static String formatName(Format format) {
        return format == null ? "none" : format.name();
    }

    /** C's S_COR(valid, str, "(N/A)"): an empty caller-ID part counts as not valid. */
    private static String orNa(String text) {
        return orElse(text, "(N/A)");
    }

    private static String orElse(String text, String fallback) {
        return text == null || text.isEmpty() ? fallback : text;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
