package org.strowger.core.internal.channel;

import org.strowger.api.channel.Bridge;
import org.strowger.api.channel.CallerId;
import org.strowger.api.channel.Channel;
import org.strowger.api.event.EventCategory;
import org.strowger.api.event.PbxEvent;

/**
 * The channel events of the core bus with Asterisk's field names and order: a channel's snapshot
 * fields as {@code ast_manager_build_channel_state_string_prefix} (main/manager_channels.c) prints
 * them, and the bridge fields of {@code ast_manager_build_bridge_state_string_prefix}.
 */
public final class ChannelEvents {

    /** What Asterisk prints for an unset caller ID number or name. */
    static final String UNKNOWN = "<unknown>";

    private ChannelEvents() {
    }

    /** Starts an event of class {@code call} with the channel's snapshot fields. */
    public static PbxEvent.Builder call(String name, Channel channel) {
        return snapshot(PbxEvent.builder(name, EventCategory.CALL), channel, "");
    }

    /** Appends the channel's snapshot fields, each name prefixed (the {@code Dest} side of DialBegin). */
    public static PbxEvent.Builder snapshot(PbxEvent.Builder event, Channel channel, String prefix) {
        CallerId caller = channel.callerId();
        CallerId connected = channel.connectedLine();
        return event.field(prefix + "Channel", channel.name())
                .field(prefix + "ChannelState", channel.state().code())
                .field(prefix + "ChannelStateDesc", channel.state().text())
                .field(prefix + "CallerIDNum", orUnknown(caller.number()))
                .field(prefix + "CallerIDName", orUnknown(caller.name()))
                .field(prefix + "ConnectedLineNum", orUnknown(connected.number()))
                .field(prefix + "ConnectedLineName", orUnknown(connected.name()))
                .field(prefix + "Language", channel.language())
                .field(prefix + "AccountCode", channel.accountCode())
                .field(prefix + "Context", channel.context())
                .field(prefix + "Exten", channel.exten())
                .field(prefix + "Priority", channel.priority())
                .field(prefix + "Uniqueid", channel.uniqueId())
                .field(prefix + "Linkedid", channel.linkedId());
    }

    /** Appends a two-party bridge's fields (BridgeEnter, BridgeLeave). */
    public static PbxEvent.Builder bridge(PbxEvent.Builder event, Bridge bridge, int channelCount) {
        return event.field("BridgeUniqueid", bridge.id())
                .field("BridgeType", "basic")
                .field("BridgeTechnology", bridge.isNative() ? "native" : "simple_bridge")
                .field("BridgeCreator", "<unknown>")
                .field("BridgeName", "<unknown>")
                .field("BridgeNumChannels", channelCount)
                .field("BridgeVideoSourceMode", "none");
    }

    /** DialBegin: the caller's snapshot (if any), the destination's with {@code Dest}, and the dial string. */
    public static PbxEvent dialBegin(Channel caller, Channel destination, String dialString) {
        PbxEvent.Builder event = PbxEvent.builder("DialBegin", EventCategory.CALL);
        if (caller != null) {
            snapshot(event, caller, "");
        }
        return snapshot(event, destination, "Dest").field("DialString", dialString).build();
    }

    /** DialEnd with Asterisk's {@code DialStatus} (ANSWER, BUSY, NOANSWER, CANCEL, CONGESTION, CHANUNAVAIL). */
    public static PbxEvent dialEnd(Channel caller, Channel destination, String dialStatus) {
        PbxEvent.Builder event = PbxEvent.builder("DialEnd", EventCategory.CALL);
        if (caller != null) {
            snapshot(event, caller, "");
        }
        return snapshot(event, destination, "Dest").field("DialStatus", dialStatus).build();
    }

    private static String orUnknown(String value) {
        return value.isEmpty() ? UNKNOWN : value;
    }
}
