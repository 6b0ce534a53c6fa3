package org.strowger.core.internal.dialplan;

import java.time.Instant;
import java.util.Optional;

import org.strowger.api.channel.Channel;

/**
 * What {@code ${NAME}} means on a channel, in Asterisk's order ({@code pbx_retrieve_variable}):
 * the built-in names first ({@code EXTEN}, {@code CONTEXT}, ...), then the channel's variables, then
 * the globals.
 */
public final class ChannelVariables implements VariableSource {

    private final Channel channel;
    private final GlobalVariables globals;

    public ChannelVariables(Channel channel, GlobalVariables globals) {
        this.channel = channel;
        this.globals = globals;
    }

    @Override
    public Optional<String> lookup(String name) {
        Optional<String> builtIn = builtIn(name);
        if (builtIn.isPresent()) {
            return builtIn;
        }
        Optional<String> own = channel.variable(name);
        return own.isPresent() ? own : globals.get(name);
    }

    private Optional<String> builtIn(String name) {
        return switch (name) {
            case "EXTEN" -> Optional.of(channel.exten());
            case "CONTEXT" -> Optional.of(channel.context());
            case "PRIORITY" -> Optional.of(Integer.toString(channel.priority()));
            case "CHANNEL" -> Optional.of(channel.name());
            case "UNIQUEID" -> Optional.of(channel.uniqueId());
            case "HANGUPCAUSE" -> Optional.of(Integer.toString(channel.hangupCause()));
            case "EPOCH" -> Optional.of(Long.toString(Instant.now().getEpochSecond()));
            default -> Optional.empty();
        };
    }
}
