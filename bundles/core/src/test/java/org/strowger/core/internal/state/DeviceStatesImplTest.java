package org.strowger.core.internal.state;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelState;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.state.DeviceState;
import org.strowger.api.state.DeviceStateProvider;

/** The lookup order of Asterisk's _ast_device_state and what a change announces. */
public class DeviceStatesImplTest {

    private StateHarness pbx;

    @Before
    public void setUp() throws Exception {
        pbx = new StateHarness("[default]\n");
    }

    @After
    public void tearDown() {
        pbx.close();
    }

    private void provider(String label, DeviceState answer) {
        pbx.devices.addProvider(data -> answer, Map.of(DeviceStateProvider.PROVIDER, label));
    }

    @Test
    public void neitherSlashNorColonIsInvalid() {
        assertEquals(DeviceState.INVALID, pbx.devices.state("lamp1"));
        assertEquals(DeviceState.INVALID, pbx.devices.state(""));
    }

    @Test
    public void anUnknownProviderIsInvalidAndProvidersAreFoundInAnyCase() {
        assertEquals(DeviceState.INVALID, pbx.devices.state("Nobody:x"));
        provider("Skype", DeviceState.RINGING);
        assertEquals(DeviceState.RINGING, pbx.devices.state("skype:james_bond@austin_powers"));
        assertEquals(DeviceState.RINGING, pbx.devices.state("SKYPE:x"));
    }

    @Test
    public void aSecondProviderOfTheSameLabelIsRefused() {
        provider("Skype", DeviceState.BUSY);
        provider("SKYPE", DeviceState.NOT_INUSE);
        assertEquals(DeviceState.BUSY, pbx.devices.state("Skype:a"));
    }

    @Test
    public void theProviderIsAskedWithWhatFollowsTheFirstColon() {
        pbx.devices.addProvider(data -> data.equals("a:b") ? DeviceState.ONHOLD : DeviceState.INVALID,
                Map.of(DeviceStateProvider.PROVIDER, "Test"));
        assertEquals(DeviceState.ONHOLD, pbx.devices.state("Test:a:b"));
    }

    @Test
    public void aSlashMakesItAChannelTechnologyEvenAfterAColon() {
        provider("Custom", DeviceState.BUSY);
        // Split at the first '/' first: "Custom:a" is no channel technology.
        assertEquals(DeviceState.INVALID, pbx.devices.state("Custom:a/b"));
        assertEquals(DeviceState.INVALID, pbx.devices.state("Nope/alice"));
    }

    @Test
    public void aTechnologyDeviceWithoutChannelsIsUnknown() {
        assertEquals(DeviceState.UNKNOWN, pbx.devices.state("Fake/alice"));
        assertEquals(DeviceState.UNKNOWN, pbx.devices.state("fake/alice"));
    }

    @Test
    public void aTechnologyDeviceIsInferredFromItsChannels() throws Exception {
        Channel first = pbx.channels.request("Fake/alice", Set.of(), null);
        assertEquals("a channel that is Down leaves its device not in use", DeviceState.NOT_INUSE,
                pbx.devices.state("Fake/alice"));
        pbx.fake.link(first).setState(ChannelState.RINGING);
        awaitState("Fake/alice", DeviceState.RINGING);
        pbx.fake.link(first).setState(ChannelState.UP);
        awaitState("Fake/alice", DeviceState.INUSE);
        // A second call ringing on the same device: RINGING with INUSE is RINGINUSE.
        Channel second = pbx.channels.request("Fake/alice", Set.of(), null);
        pbx.fake.link(second).setState(ChannelState.RINGING);
        awaitState("Fake/alice", DeviceState.RINGINUSE);
        assertEquals("another device's channels do not count", DeviceState.UNKNOWN, pbx.devices.state("Fake/bob"));
        first.hangup(16);
        second.hangup(16);
        awaitState("Fake/alice", DeviceState.UNKNOWN);
    }

    @Test
    public void theCacheAnswersUnlessItHoldsUnknown() {
        provider("Test", DeviceState.NOT_INUSE);
        pbx.devices.changed("Test:x", DeviceState.BUSY);
        assertEquals("a cached state wins over the provider", DeviceState.BUSY, pbx.devices.state("Test:x"));
        pbx.devices.changed("Test:x", DeviceState.UNKNOWN);
        assertEquals("UNKNOWN in the cache sends the lookup to the provider", DeviceState.NOT_INUSE,
                pbx.devices.state("Test:x"));
        pbx.drain();
        assertEquals(DeviceState.NOT_INUSE, pbx.devices.cached().get("Test:x"));
    }

    @Test
    public void aChangePublishesDeviceStateChangeWithTheParseableState() throws Exception {
        provider("Test", DeviceState.RINGING);
        pbx.devices.changed("Test:a", DeviceState.INUSE);
        pbx.devices.changed("Test:b", DeviceState.UNKNOWN);
        pbx.drain();
        List<PbxEvent> changes = pbx.awaitNamed("DeviceStateChange", 2);
        PbxEvent first = changes.stream().filter(e -> e.get("Device").orElse("").equals("Test:a")).findFirst().orElseThrow();
        assertEquals("INUSE", first.get("State").orElseThrow());
        assertEquals("call", first.categories().iterator().next().label());
        PbxEvent second = changes.stream().filter(e -> e.get("Device").orElse("").equals("Test:b")).findFirst().orElseThrow();
        assertEquals("an UNKNOWN change is asked of the provider before it is announced", "RINGING",
                second.get("State").orElseThrow());
    }

    @Test
    public void cachedListsEveryDeviceSorted() {
        pbx.devices.changed("Test:b", DeviceState.BUSY);
        pbx.devices.changed("Test:a", DeviceState.INUSE);
        assertEquals(List.of("Test:a", "Test:b"), List.copyOf(pbx.devices.cached().keySet()));
    }

    @Test
    public void aFailingProviderDoesNotFailTheLookup() {
        pbx.devices.addProvider(data -> {
            throw new IllegalStateException("broken");
        }, Map.of(DeviceStateProvider.PROVIDER, "Broken"));
        assertEquals(DeviceState.UNKNOWN, pbx.devices.state("Broken:x"));
        assertTrue(pbx.devices.cached().isEmpty());
    }

    private void awaitState(String device, DeviceState state) throws InterruptedException {
        StateHarness.await(device + " " + state, () -> pbx.devices.state(device) == state);
    }
}
