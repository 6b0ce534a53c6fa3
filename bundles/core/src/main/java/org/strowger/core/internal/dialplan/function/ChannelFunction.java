package org.strowger.core.internal.dialplan.function;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.channel.Bridge;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanFunction;
import org.strowger.api.dialplan.DialplanFunctionException;
import org.strowger.api.media.Format;

/**
 * {@code CHANNEL(item)} (func_channel.c {@code func_channel_read} / {@code func_channel_write}):
 * the channel's core facts by name, compared ignoring case. Items the core does not know go to the
 * channel's technology ({@code skype_*} on a Skype channel); what nobody knows is Asterisk's
 * {@code Unknown or unavailable item requested} warning and an empty value.
 */
@Component(service = DialplanFunction.class, property = DialplanFunction.NAME + "=CHANNEL")
public final class ChannelFunction implements DialplanFunction {

    /** ast_channel_alloc's default AMA flags, AST_AMA_DOCUMENTATION. */
    static final String DEFAULT_AMA_FLAGS = "3";

    @Override
    public String read(Channel channel, String item) throws DialplanFunctionException {
        if (channel == null) {
            throw new DialplanFunctionException("No channel was provided to CHANNEL function.");
        }
        Optional<String> core = coreItem(channel, item.toLowerCase(Locale.ROOT));
        if (core.isPresent()) {
            return core.get();
        }
        return channel.technologyItem(item).orElseThrow(() -> unknown(item));
    }

    private static Optional<String> coreItem(Channel channel, String item) {
        String value = switch (item) {
            case "name", "channame" -> channel.name();
            case "state" -> channel.state().text();
            case "language" -> channel.language();
            case "musicclass" -> channel.musicClass();
            case "accountcode" -> channel.accountCode();
            case "uniqueid" -> channel.uniqueId();
            // func_channel falls back on the uniqueid while the linkedid is unset.
            case "linkedid" -> isEmpty(channel.linkedId()) ? channel.uniqueId() : channel.linkedId();
            case "channeltype" -> channel.technology();
            case "context" -> channel.context();
            case "exten" -> channel.exten();
            // Without an application these fall through to the technology, as NULL appl does.
            case "appname" -> isEmpty(channel.application()) ? null : channel.application();
            case "appdata" -> isEmpty(channel.application()) ? null : nonNull(channel.applicationData());
            case "checkhangup" -> channel.isHungUp() ? "1" : "0";
            case "audioreadformat" -> channel.readFormat().name();
            case "audiowriteformat" -> channel.writeFormat().name();
            case "audionativeformat" -> formatNames(channel);
            case "videonativeformat" -> "(nothing)";
            case "peer" -> peer(channel).map(Channel::name).orElse("");
            case "peeraccount" -> peer(channel).map(peer -> nonNull(peer.accountCode())).orElse("");
            case "amaflags" -> DEFAULT_AMA_FLAGS;
            case "transfercapability" -> "SPEECH";
            case "callgroup", "pickupgroup", "namedcallgroup", "namedpickupgroup" -> "";
            default -> null;
        };
        return Optional.ofNullable(value);
    }

    @Override
    public void write(Channel channel, String item, String value) throws DialplanFunctionException {
        if (channel == null) {
            throw new DialplanFunctionException("No channel was provided to CHANNEL function.");
        }
        switch (item.toLowerCase(Locale.ROOT)) {
            case "language" -> channel.setLanguage(value);
            case "musicclass" -> channel.setMusicClass(value);
            case "accountcode" -> channel.setAccountCode(value);
            default -> {
                // func_channel hands items it does not know to the technology's setoption/func_channel_write.
                if (!channel.setTechnologyItem(item, value)) {
                    throw unknown(item);
                }
            }
        }
    }

    /** {@code ast_format_cap_get_names}: {@code (ulaw|alaw)}, or {@code (nothing)}. */
    private static String formatNames(Channel channel) {
        if (channel.nativeFormats().isEmpty()) {
            return "(nothing)";
        }
        return channel.nativeFormats().stream().map(Format::name).collect(Collectors.joining("|", "(", ")"));
    }

    /** {@code ast_channel_bridge_peer}: the other channel of a two-party bridge. */
    private static Optional<Channel> peer(Channel channel) {
        return channel.bridge().map(Bridge::channels)
                .filter(members -> members.size() == 2)
                .flatMap(members -> members.stream().filter(other -> !other.name().equals(channel.name())).findFirst());
    }

    private static DialplanFunctionException unknown(String item) {
        return new DialplanFunctionException("Unknown or unavailable item requested: '" + item + "'");
    }

    private static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    @Override
    public boolean isWritable() {
        return true;
    }

    @Override
    public String synopsis() {
        return "Gets/sets various pieces of information about the channel.";
    }

    @Override
    public String syntax() {
        return "CHANNEL(item)";
    }
}
