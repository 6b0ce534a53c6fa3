package org.strowger.core.internal.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.strowger.api.channel.Bridge;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelService;

/**
 * The {@code channels} topic of {@code core show}: {@code core show channels [concise|verbose|count]}
 * with the argument rules and layouts of main/cli.c {@code handle_chanlist}. A topic of its own so
 * that {@link CoreShowCommand} stays a dispatcher.
 */
final class ChannelsTopic {

    /*
     * handle_chanlist FORMAT_STRING / FORMAT_STRING2. The 64/32 widths are those of current Asterisk
     * (docs reference section 5, checked on Asterisk 22); older releases used 20/20.
     */
    static final String FORMAT = "%-64.64s %-32.32s %-7.7s %-30.30s\n";
    /* handle_chanlist CONCISE_FORMAT_STRING: 14 fields, the last the uniqueid. */
    static final String CONCISE_FORMAT = "%s!%s!%s!%d!%s!%s!%s!%s!%s!%s!%d!%s!%s!%s\n";
    /*
     * handle_chanlist VERBOSE_FORMAT_STRING / VERBOSE_FORMAT_STRING2, as in the Asterisk source we
     * could read (the stasis-based main/cli.c of Asterisk 13). Later releases widened the first
     * columns the way they widened FORMAT; these widths stay until that source is at hand.
     */
    static final String VERBOSE_FORMAT = "%-20.20s %-20.20s %-16.16s %4d %-7.7s %-12.12s %-25.25s %-15.15s %8.8s %-11.11s %-11.11s %-20.20s\n";
    static final String VERBOSE_FORMAT2 = "%-20.20s %-20.20s %-16.16s %-4.4s %-7.7s %-12.12s %-25.25s %-15.15s %8.8s %-11.11s %-11.11s %-20.20s\n";

    /*
     * Asterisk's default CDR AMA flag, AST_AMA_DOCUMENTATION (enum ama_flags: NONE 0, OMIT 1,
     * BILLING 2, DOCUMENTATION 3). Our channels carry no AMA flags, so every channel has the default.
     */
    static final int AMA_DOCUMENTATION = 3;

    private enum Mode { TABLE, CONCISE, VERBOSE, COUNT }

    private final ChannelService channels;
    private final List<String> options;
    private final Instant now;

    /**
     * @param channels the core's channels, {@code null} while the channel service is not there
     * @param options the words after {@code core show channels}
     * @param now the time durations are counted to
     */
    ChannelsTopic(ChannelService channels, List<String> options, Instant now) {
        this.channels = channels;
        this.options = options;
        this.now = now;
    }

    String render() {
        Mode mode;
        if (options.isEmpty()) {
            mode = Mode.TABLE;
        } else if (options.size() == 1) {
            // handle_chanlist compares with strcasecmp.
            switch (options.get(0).toLowerCase(Locale.ROOT)) {
                case "concise" -> mode = Mode.CONCISE;
                case "verbose" -> mode = Mode.VERBOSE;
                case "count" -> mode = Mode.COUNT;
                default -> {
                    return Usage.CORE_SHOW_CHANNELS;
                }
            }
        } else {
            return Usage.CORE_SHOW_CHANNELS;
        }
        if (channels == null) {
            // What handle_chanlist prints when it cannot read the channel cache, for any mode.
            return "Failed to retrieve cached channels\n";
        }

        StringBuilder out = new StringBuilder();
        if (mode == Mode.TABLE) {
            out.append(format(FORMAT, "Channel", "Location", "State", "Application(Data)"));
        } else if (mode == Mode.VERBOSE) {
            out.append(format(VERBOSE_FORMAT2, "Channel", "Context", "Extension", "Priority", "State", "Application",
                    "Data", "CallerID", "Duration", "Accountcode", "PeerAccount", "BridgeID"));
        }
        List<Channel> all = channels.channels();
        if (mode != Mode.COUNT) {
            for (Channel channel : all) {
                out.append(switch (mode) {
                    case CONCISE -> conciseRow(channel);
                    case VERBOSE -> verboseRow(channel);
                    default -> tableRow(channel);
                });
            }
        }
        if (mode != Mode.CONCISE) {
            // handle_chanlist counts ast_active_channels(), every channel that exists.
            int count = all.size();
            int calls = channels.activeCalls();
            long processed = channels.processedCalls();
            out.append(count).append(" active channel").append(AsteriskText.ess(count)).append('\n');
            // No maxcalls option here, so never the "N of M max active calls" form.
            out.append(calls).append(" active call").append(AsteriskText.ess(calls)).append('\n');
            out.append(processed).append(" call").append(AsteriskText.ess(processed)).append(" processed\n");
        }
        return out.toString();
    }

    private String tableRow(Channel channel) {
        String location = "(None)";
        if (!isEmpty(channel.context()) && !isEmpty(channel.exten())) {
            location = channel.exten() + "@" + channel.context() + ":" + channel.priority();
        }
        String appData = "(None)";
        if (!isEmpty(channel.application())) {
            appData = channel.application() + "(" + nonNull(channel.applicationData()) + ")";
        }
        // Asterisk builds these in 40-byte buffers; the columns cut them shorter anyway.
        return format(FORMAT, channel.name(), location, channel.state().text(), appData);
    }

    private String conciseRow(Channel channel) {
        return format(CONCISE_FORMAT, channel.name(), nonNull(channel.context()), nonNull(channel.exten()),
                channel.priority(), channel.state().text(), orElse(channel.application(), "(None)"),
                nonNull(channel.applicationData()), channel.callerId().number(), nonNull(channel.accountCode()),
                peerAccount(channel), AMA_DOCUMENTATION, Long.toString(durationSeconds(channel)), bridgeId(channel),
                channel.uniqueId());
    }

    private String verboseRow(Channel channel) {
        long seconds = durationSeconds(channel);
        String duration = String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, (seconds % 3600) / 60, seconds % 60);
        return format(VERBOSE_FORMAT, channel.name(), nonNull(channel.context()), nonNull(channel.exten()),
                channel.priority(), channel.state().text(), orElse(channel.application(), "(None)"),
                orElse(channel.applicationData(), "(Empty)"), channel.callerId().number(), duration,
                nonNull(channel.accountCode()), peerAccount(channel), bridgeId(channel));
    }

    /** Whole seconds since the channel was created, as ast_tvdiff_ms(...) / 1000 truncates them. */
    private long durationSeconds(Channel channel) {
        return Math.max(0, Duration.between(channel.created(), now).toMillis() / 1000);
    }

    /**
     * Asterisk's peeraccount: the account code of the other channel of a two-party bridge. Asterisk
     * keeps it after the bridge ends; our channels do not remember it, so it is empty then.
     */
    private static String peerAccount(Channel channel) {
        return channel.bridge().flatMap(bridge -> bridge.channels().stream()
                .filter(other -> other != channel && !other.name().equals(channel.name())).findFirst())
                .map(other -> nonNull(other.accountCode())).orElse("");
    }

    private static String bridgeId(Channel channel) {
        return channel.bridge().map(Bridge::id).orElse("");
    }

    private static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /** C's S_OR(text, fallback). */
    private static String orElse(String text, String fallback) {
        return isEmpty(text) ? fallback : text;
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
