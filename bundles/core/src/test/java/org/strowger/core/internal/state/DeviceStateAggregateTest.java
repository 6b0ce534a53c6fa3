package org.strowger.core.internal.state;

import static org.junit.Assert.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.strowger.api.channel.ChannelState;
import org.strowger.api.state.DeviceState;
import org.strowger.api.state.ExtensionState;

/**
 * The aggregation rules of the reference (section 4, ast_devstate_aggregate_add), checked for every
 * pair of device states, and the mappings to extension and from channel states.
 */
public class DeviceStateAggregateTest {

    /** The reference's order, lowest first. */
    private static final List<DeviceState> ORDER = List.of(DeviceState.INVALID, DeviceState.UNKNOWN,
            DeviceState.UNAVAILABLE, DeviceState.NOT_INUSE, DeviceState.ONHOLD, DeviceState.RINGING, DeviceState.INUSE,
            DeviceState.BUSY, DeviceState.RINGINUSE);
    private static final Set<DeviceState> IN_USE_LIKE = EnumSet.of(DeviceState.INUSE, DeviceState.ONHOLD, DeviceState.BUSY);

    /** The rule as the reference states it, for two devices. */
    private static DeviceState expected(DeviceState a, DeviceState b) {
        boolean ringing = a == DeviceState.RINGING || b == DeviceState.RINGING;
        if (ringing && (IN_USE_LIKE.contains(a) || IN_USE_LIKE.contains(b))) {
            return DeviceState.RINGINUSE;
        }
        return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
    }

    @Test
    public void everyPairFollowsTheReferenceRules() {
        for (DeviceState a : DeviceState.values()) {
            for (DeviceState b : DeviceState.values()) {
                assertEquals(a + " + " + b, expected(a, b), DeviceStateAggregate.of(a, b));
            }
        }
    }

    @Test
    public void nothingAddedIsInvalidAndOneDeviceIsItself() {
        assertEquals(DeviceState.INVALID, DeviceStateAggregate.of());
        for (DeviceState state : DeviceState.values()) {
            assertEquals(state, DeviceStateAggregate.of(state));
        }
    }

    @Test
    public void ringingAndInUseAnywhereInTheListRingInUse() {
        assertEquals(DeviceState.RINGINUSE,
                DeviceStateAggregate.of(DeviceState.INUSE, DeviceState.NOT_INUSE, DeviceState.RINGING));
        assertEquals(DeviceState.RINGINUSE,
                DeviceStateAggregate.of(DeviceState.RINGING, DeviceState.UNAVAILABLE, DeviceState.ONHOLD));
        assertEquals(DeviceState.BUSY,
                DeviceStateAggregate.of(DeviceState.NOT_INUSE, DeviceState.BUSY, DeviceState.INUSE));
    }

    @Test
    public void extensionStatesAsTheReferenceMapsThem() {
        assertEquals(ExtensionState.ONHOLD, DeviceStateAggregate.toExtensionState(DeviceState.ONHOLD));
        assertEquals(ExtensionState.BUSY, DeviceStateAggregate.toExtensionState(DeviceState.BUSY));
        assertEquals(ExtensionState.NOT_INUSE, DeviceStateAggregate.toExtensionState(DeviceState.UNKNOWN));
        assertEquals(ExtensionState.UNAVAILABLE, DeviceStateAggregate.toExtensionState(DeviceState.UNAVAILABLE));
        assertEquals(ExtensionState.UNAVAILABLE, DeviceStateAggregate.toExtensionState(DeviceState.INVALID));
        assertEquals(9, DeviceStateAggregate.toExtensionState(DeviceState.RINGINUSE).code());
        assertEquals(8, DeviceStateAggregate.toExtensionState(DeviceState.RINGING).code());
        assertEquals(1, DeviceStateAggregate.toExtensionState(DeviceState.INUSE).code());
        assertEquals(0, DeviceStateAggregate.toExtensionState(DeviceState.NOT_INUSE).code());
    }

    @Test
    public void channelStatesAsAstStateChan2devMapsThem() {
        assertEquals(DeviceState.NOT_INUSE, DeviceStateAggregate.fromChannelState(ChannelState.DOWN));
        assertEquals(DeviceState.RINGING, DeviceStateAggregate.fromChannelState(ChannelState.RINGING));
        assertEquals(DeviceState.RINGING, DeviceStateAggregate.fromChannelState(ChannelState.PRERING));
        assertEquals(DeviceState.INUSE, DeviceStateAggregate.fromChannelState(ChannelState.RING));
        assertEquals(DeviceState.INUSE, DeviceStateAggregate.fromChannelState(ChannelState.UP));
        assertEquals(DeviceState.INUSE, DeviceStateAggregate.fromChannelState(ChannelState.DIALING));
        assertEquals(DeviceState.BUSY, DeviceStateAggregate.fromChannelState(ChannelState.BUSY));
    }

    @Test
    public void aChannelsDeviceIsItsNameUpToTheLastDash() {
        assertEquals("Fake/alice", DeviceStateAggregate.deviceOf("Fake/alice-00000001"));
        assertEquals("Local/100@default", DeviceStateAggregate.deviceOf("Local/100@default-0000000a;1"));
        assertEquals("Skype/james_bond@austin-powers", DeviceStateAggregate.deviceOf("Skype/james_bond@austin-powers-00000003"));
    }
}
