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

    /** The snapshot's field names in Asterisk's order; every channel event carries them. */
    private static final String[] SNAPSHOT_FIELDS = {"Channel", "ChannelState", "ChannelStateDesc", "CallerIDNum",
        "CallerIDName", "ConnectedLineNum", "ConnectedLineName", "Language", "AccountCode", "Context", "Exten",
        "Priority", "Uniqueid", "Linkedid"};
    private static final String[] DEST_SNAPSHOT_FIELDS = prefixed("Dest", SNAPSHOT_FIELDS);

    private ChannelEvents() {
    }

    /** Starts an event of class {@code call} with the channel's snapshot fields. */
    public static PbxEvent.Builder call(String name, Channel channel) {
        return snapshot(PbxEvent.builder(name, EventCategory.CALL), channel, "");
    }

    /** Appends the channel's snapshot fields, each name prefixed (the {@code Dest} side of DialBegin). */
    public static PbxEvent.Builder snapshot(PbxEvent.Builder event, Channel channel, String prefix) {
        String[] names = prefix.isEmpty() ? SNAPSHOT_FIELDS : prefixed(prefix);
        CallerId caller = channel.callerId();
        CallerId connected = channel.connectedLine();
        return event.field(names[0], channel.name())
                .field(names[1], channel.state().code())
                .field(names[2], channel.state().text())
                .field(names[3], orUnknown(caller.number()))
                .field(names[4], orUnknown(caller.name()))
                .field(names[5], orUnknown(connected.number()))
                .field(names[6], orUnknown(connected.name()))
                .field(names[7], channel.language())
                .field(names[8], channel.accountCode())
                .field(names[9], channel.context())
                .field(names[10], channel.exten())
                .field(names[11], channel.priority())
                .field(names[12], channel.uniqueId())
                .field(names[13], channel.linkedId());
    }

    private static String[] prefixed(String prefix) {
        return prefix.equals("Dest") ? DEST_SNAPSHOT_FIELDS : prefixed(prefix, SNAPSHOT_FIELDS);
    }

    private static String[] prefixed(String prefix, String[] fields) {
        String[] names = new String[fields.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = prefix + fields[i];
        }
        return names;
    }

    /**
     * Appends a two-party bridge's fields (BridgeEnter, BridgeLeave). Asterisk bridges two channels
     * that are not both RTP with {@code simple_bridge}, translating or not, in a {@code basic} bridge.
     */
    public static PbxEvent.Builder bridge(PbxEvent.Builder event, Bridge bridge, int channelCount) {
        return event.field("BridgeUniqueid", bridge.id())
                .field("BridgeType", "basic")
                .field("BridgeTechnology", "simple_bridge")
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
