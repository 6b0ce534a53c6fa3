package org.strowger.core.internal.state;

import org.strowger.api.channel.ChannelState;
import org.strowger.api.state.DeviceState;
import org.strowger.api.state.ExtensionState;

/**
 * Several device states combined into one, as Asterisk's {@code ast_devstate_aggregate_add}
 * (main/devicestate.c) does: it starts at INVALID; RINGING together with INUSE, ONHOLD or BUSY is
 * RINGINUSE; otherwise the highest state by INVALID < UNKNOWN < UNAVAILABLE < NOT_INUSE < ONHOLD <
 * RINGING < INUSE < BUSY < RINGINUSE wins. Also the mappings around it: channel state to device
 * state ({@code ast_state_chan2dev}) and device state to extension state
 * ({@code ast_devstate_to_extenstate}).
 */
public final class DeviceStateAggregate {

    private DeviceState state = DeviceState.INVALID;
    private boolean ringing;
    private boolean inUse;

    /** Adds one device's state. */
    public DeviceStateAggregate add(DeviceState next) {
        if (next == DeviceState.RINGING) {
            ringing = true;
        } else if (next == DeviceState.INUSE || next == DeviceState.ONHOLD || next == DeviceState.BUSY) {
            inUse = true;
        }
        if (ringing && inUse) {
            state = DeviceState.RINGINUSE;
        } else if (rank(next) > rank(state)) {
            state = next;
        }
        return this;
    }

    /** The combined state; INVALID when nothing was added. */
    public DeviceState result() {
        return state;
    }

    /** The aggregate of the given states. */
    public static DeviceState of(DeviceState... states) {
        DeviceStateAggregate aggregate = new DeviceStateAggregate();
        for (DeviceState state : states) {
            aggregate.add(state);
        }
        return aggregate.result();
    }

    /** The place of a state in the aggregation order (state_order[] of ast_devstate_aggregate_add). */
    static int rank(DeviceState state) {
        return switch (state) {
            case INVALID -> 0;
            case UNKNOWN -> 1;
            case UNAVAILABLE -> 2;
            case NOT_INUSE -> 3;
            case ONHOLD -> 4;
            case RINGING -> 5;
            case INUSE -> 6;
            case BUSY -> 7;
            case RINGINUSE -> 8;
        };
    }

    /** {@code ast_devstate_to_extenstate} (main/extension_state.c). */
    public static ExtensionState toExtensionState(DeviceState state) {
        return switch (state) {
            case ONHOLD -> ExtensionState.ONHOLD;
            case BUSY -> ExtensionState.BUSY;
            case UNKNOWN, NOT_INUSE -> ExtensionState.NOT_INUSE;
            case UNAVAILABLE, INVALID -> ExtensionState.UNAVAILABLE;
            case RINGINUSE -> ExtensionState.INUSE_RINGING;
            case RINGING -> ExtensionState.RINGING;
            case INUSE -> ExtensionState.INUSE;
        };
    }

    /** {@code ast_state_chan2dev} (main/devicestate.c): what a channel in this state makes its device. */
    public static DeviceState fromChannelState(ChannelState state) {
        return switch (state) {
            case DOWN -> DeviceState.NOT_INUSE;
            case RESERVED, OFFHOOK, DIALING, RING, UP, DIALING_OFFHOOK -> DeviceState.INUSE;
            case RINGING, PRERING -> DeviceState.RINGING;
            case BUSY -> DeviceState.BUSY;
        };
    }

    /**
     * The device of a channel: its name up to the last {@code -} ({@code ast_setstate} in
     * main/channel.c), so {@code Fake/alice-00000001} is {@code Fake/alice} and
     * {@code Local/100@default-00000002;1} is {@code Local/100@default}.
     */
    public static String deviceOf(String channelName) {
        int dash = channelName.lastIndexOf('-');
        return dash < 0 ? channelName : channelName.substring(0, dash);
    }
}
