package org.strowger.manager.internal.action;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.strowger.api.channel.Channel;
import org.strowger.api.manager.ManagerHeader;

/**
 * A channel's snapshot fields as Asterisk's ast_manager_build_channel_state_string_prefix
 * (main/manager_channels.c) prints them, the same names and order as the core's channel events.
 * The manager cannot see the core's renderer, so it keeps this copy of the layout.
 */
final class ChannelFields {

    /** What Asterisk prints for an unset caller ID number or name. */
    static final String UNKNOWN = "<unknown>";

    private ChannelFields() {
    }

    /** Channel, ChannelState, ..., Uniqueid, Linkedid. */
    static List<ManagerHeader> snapshot(Channel channel) {
        List<ManagerHeader> fields = new ArrayList<>(24);
        add(fields, "Channel", channel.name());
        add(fields, "ChannelState", channel.state().code());
        add(fields, "ChannelStateDesc", channel.state().text());
        add(fields, "CallerIDNum", orUnknown(channel.callerId().number()));
        add(fields, "CallerIDName", orUnknown(channel.callerId().name()));
        add(fields, "ConnectedLineNum", orUnknown(channel.connectedLine().number()));
        add(fields, "ConnectedLineName", orUnknown(channel.connectedLine().name()));
        add(fields, "Language", channel.language());
        add(fields, "AccountCode", channel.accountCode());
        add(fields, "Context", channel.context());
        add(fields, "Exten", channel.exten());
        add(fields, "Priority", channel.priority());
        add(fields, "Uniqueid", channel.uniqueId());
        add(fields, "Linkedid", channel.linkedId());
        return fields;
    }

    static void add(List<ManagerHeader> fields, String name, Object value) {
        fields.add(new ManagerHeader(name, value == null ? "" : String.valueOf(value)));
    }

    static String orUnknown(String value) {
        return value == null || value.isEmpty() ? UNKNOWN : value;
    }

    /** Whole seconds since the channel was created, never negative. */
    static long ageSeconds(Channel channel, Instant now) {
        return Math.max(0, Duration.between(channel.created(), now).toSeconds());
    }
}
