package org.strowger.core.internal.state;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.After;
import org.junit.Test;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelDriver;
import org.strowger.api.channel.ChannelState;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.state.DeviceState;
import org.strowger.api.state.ExtensionState;
import org.strowger.api.state.Hint;
import org.strowger.api.state.Presence;
import org.strowger.api.state.PresenceState;
import org.strowger.core.internal.channel.FakeDriver;

/** Hints from the dialplan: their states as channels and devices change, watchers, reload, presence. */
public class HintsImplTest {

    private static final String DIALPLAN = """
            [default]
            exten => 100,hint,Fake/alice
            exten => 100,1,NoOp()
            exten => 101,hint,Custom:lamp1&Custom:lamp2
            exten => 102,hint,Custom:lamp3,CustomPresence:carol
            exten => 103,hint,SIP/100(Alice Example)
            include => inner

            [inner]
            exten => 200,hint,Custom:inner
            exten => _3XX,hint,Custom:pattern
            """;

    private StateHarness pbx;

    @After
    public void tearDown() {
        if (pbx != null) {
            pbx.close();
        }
    }

    private List<Integer> watch(String context, String exten) {
        List<Integer> seen = new CopyOnWriteArrayList<>();
        assertTrue(pbx.hints.watch(context, exten, hint -> seen.add(hint.state().code())).isPresent());
        return seen;
    }

    private Hint hint(String context, String exten) {
        return pbx.hints.hint(context, exten).orElseThrow();
    }

    private void awaitHint(String exten, ExtensionState state) throws InterruptedException {
        StateHarness.await(exten + " " + state, () -> hint("default", exten).state() == state);
    }

    @Test
    public void hintsComeFromTheDialplanSortedByContextThenExtension() throws Exception {
        pbx = new StateHarness(DIALPLAN);
        List<String> names = pbx.hints.hints().stream().map(h -> h.exten() + "@" + h.context()).toList();
        assertEquals(List.of("100@default", "101@default", "102@default", "103@default", "200@inner", "_3XX@inner"),
                names);
        Hint lamps = hint("default", "101");
        assertEquals(List.of("Custom:lamp1", "Custom:lamp2"), lamps.devices());
        assertEquals("Custom:lamp3,CustomPresence:carol", hint("default", "102").application());
        assertEquals("CustomPresence:carol", hint("default", "102").presentity());
        assertEquals("the name in parentheses is no part of the hint", "SIP/100", hint("default", "103").application());
    }

    @Test
    public void initialStatesFollowTheLookupRules() throws Exception {
        pbx = new StateHarness(DIALPLAN);
        assertEquals("a channel device without channels is UNKNOWN, which is Idle", ExtensionState.NOT_INUSE,
                hint("default", "100").state());
        assertEquals("an unknown technology is INVALID, which is Unavailable", ExtensionState.UNAVAILABLE,
                hint("default", "103").state());
        assertEquals("a pattern hint resolves to nothing", ExtensionState.UNAVAILABLE, hint("inner", "_3XX").state());
        assertEquals("no presence part is not_set", PresenceState.NOT_SET, hint("default", "100").presence().state());
    }

    @Test
    public void aTechnologyThatArrivesOrLeavesMovesItsDevicesHints() throws Exception {
        pbx = new StateHarness(DIALPLAN);
        assertEquals("SIP is no technology here: the device is INVALID", ExtensionState.UNAVAILABLE,
                hint("default", "103").state());
        FakeDriver sip = new FakeDriver("SIP", pbx.channels);
        Map<String, Object> properties = Map.of(ChannelDriver.TECHNOLOGY, "SIP");

        pbx.channels.addDriver(sip, properties);
        awaitHint("103", ExtensionState.NOT_INUSE);

        pbx.channels.removeDriver(sip, properties);
        awaitHint("103", ExtensionState.UNAVAILABLE);
    }

    @Test
    public void aHintFollowsItsDevicesChannelsAsTheyStartAndEnd() throws Exception {
        pbx = new StateHarness(DIALPLAN);
        List<Integer> seen = watch("default", "100");
        Channel call = pbx.channels.request("Fake/alice", Set.of(), null);
        pbx.fake.link(call).setState(ChannelState.RINGING);
        awaitHint("100", ExtensionState.RINGING);
        pbx.fake.link(call).setState(ChannelState.UP);
        awaitHint("100", ExtensionState.INUSE);
        Channel second = pbx.channels.request("Fake/alice", Set.of(), null);
        pbx.fake.link(second).setState(ChannelState.RINGING);
        awaitHint("100", ExtensionState.INUSE_RINGING);
        second.hangup(16);
        awaitHint("100", ExtensionState.INUSE);
        call.hangup(16);
        awaitHint("100", ExtensionState.NOT_INUSE);
        pbx.drain();
        assertEquals("the watcher heard each step, the first call's Down (Idle) being no change", List.of(8, 1, 9, 1, 0),
                dedupeRinging(seen));
        List<PbxEvent> statuses = pbx.awaitNamed("ExtensionStatus", seen.size());
        PbxEvent last = statuses.get(statuses.size() - 1);
        assertEquals("100", last.get("Exten").orElseThrow());
        assertEquals("default", last.get("Context").orElseThrow());
        assertEquals("Fake/alice", last.get("Hint").orElseThrow());
        assertEquals("0", last.get("Status").orElseThrow());
        assertEquals("Idle", last.get("StatusText").orElseThrow());
    }

    /** Channel events may report one ringing state more than once; Asterisk tells watchers each time. */
    private static List<Integer> dedupeRinging(List<Integer> seen) {
        List<Integer> result = new ArrayList<>();
        for (Integer code : seen) {
            if (result.isEmpty() || !result.get(result.size() - 1).equals(code)) {
                result.add(code);
            }
        }
        return result;
    }

    @Test
    public void watchersHearEveryChangeOnceAndInOrder() throws Exception {
        pbx = new StateHarness(DIALPLAN);
        List<Integer> first = watch("default", "101");
        List<Integer> second = watch("default", "101");
        DeviceState[] steps = {DeviceState.INUSE, DeviceState.INUSE, DeviceState.NOT_INUSE, DeviceState.RINGING,
            DeviceState.RINGING, DeviceState.BUSY, DeviceState.UNAVAILABLE};
        for (DeviceState step : steps) {
            pbx.devices.changed("Custom:lamp1", step);
        }
        pbx.drain();
        // lamp2 is UNKNOWN throughout. No change, no word; ringing again is news (extension_state.c).
        List<Integer> expected = List.of(1, 0, 8, 8, 2, 4);
        assertEquals(expected, first);
        assertEquals(expected, second);
        assertEquals(2, hint("default", "101").watchers());
    }

    @Test
    public void aLongBurstOfChangesReachesTheWatcherInOrder() throws Exception {
        pbx = new StateHarness(DIALPLAN);
        List<Integer> seen = watch("default", "101");
        for (int i = 0; i < 5000; i++) {
            pbx.devices.changed("Custom:lamp2", i % 2 == 0 ? DeviceState.INUSE : DeviceState.NOT_INUSE);
        }
        pbx.drain();
        assertEquals(5000, seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals("change " + i, i % 2 == 0 ? 1 : 0, (int) seen.get(i));
        }
    }

    @Test
    public void aClosedWatchHearsNothingMore() throws Exception {
        pbx = new StateHarness(DIALPLAN);
        List<Integer> seen = new CopyOnWriteArrayList<>();
        AutoCloseable watch = pbx.hints.watch("default", "101", hint -> seen.add(hint.state().code())).orElseThrow();
        pbx.devices.changed("Custom:lamp1", DeviceState.INUSE);
        pbx.drain();
        watch.close();
        pbx.devices.changed("Custom:lamp1", DeviceState.NOT_INUSE);
        pbx.drain();
        assertEquals(List.of(1), seen);
        assertEquals(0, hint("default", "101").watchers());
    }

    @Test
    public void aHintIsFoundThroughIncludesButNotWithoutOne() throws Exception {
        pbx = new StateHarness(DIALPLAN);
        assertEquals("inner", hint("default", "200").context());
        assertTrue(pbx.hints.watch("default", "200", hint -> { }).isPresent());
        assertTrue(pbx.hints.hint("default", "999").isEmpty());
        assertFalse(pbx.hints.watch("default", "999", hint -> { }).isPresent());
        assertFalse("a pattern hint cannot be watched", pbx.hints.watch("inner", "_3XX", hint -> { }).isPresent());
    }

    @Test
    public void aReloadRemovesHintsWithRemovedForTheirWatchersAndUpdatesChangedOnes() throws Exception {
        pbx = new StateHarness(DIALPLAN);
        pbx.devices.changed("Custom:busy", DeviceState.BUSY);
        List<Integer> removed = watch("default", "101");
        List<Integer> changed = watch("default", "100");
        pbx.reload("""
                [default]
                exten => 100,hint,Custom:busy
                exten => 104,hint,Custom:lamp1
                """);
        assertEquals(List.of(-2), removed);
        assertEquals("100's new device is busy", List.of(2), changed);
        List<String> names = pbx.hints.hints().stream().map(h -> h.exten() + "@" + h.context()).toList();
        assertEquals(List.of("100@default", "104@default"), names);
        pbx.devices.changed("Custom:lamp2", DeviceState.INUSE);
        pbx.drain();
        assertEquals("the removed hint's watcher is gone", List.of(-2), removed);
        assertEquals(ExtensionState.BUSY, hint("default", "100").state());
    }

    @Test
    public void presenceChangesReachTheHintAndItsWatchers() throws Exception {
        pbx = new StateHarness(DIALPLAN);
        List<Hint> seen = new CopyOnWriteArrayList<>();
        pbx.hints.watch("default", "102", seen::add).orElseThrow();
        pbx.presences.changed("CustomPresence:carol", new Presence(PresenceState.AWAY, "lunch", "Back at 2"));
        pbx.drain();
        assertEquals(1, seen.size());
        assertEquals(new Presence(PresenceState.AWAY, "lunch", "Back at 2"), seen.get(0).presence());
        PbxEvent status = pbx.awaitNamed("PresenceStatus", 1).get(0);
        assertEquals("102", status.get("Exten").orElseThrow());
        assertEquals("Custom:lamp3,CustomPresence:carol", status.get("Hint").orElseThrow());
        assertEquals("away", status.get("Status").orElseThrow());
        assertEquals("lunch", status.get("Subtype").orElseThrow());
        assertEquals("Back at 2", status.get("Message").orElseThrow());
        PbxEvent raw = pbx.awaitNamed("PresenceStateChange", 1).get(0);
        assertEquals("CustomPresence:carol", raw.get("Presentity").orElseThrow());
        assertEquals("away", raw.get("Status").orElseThrow());
        assertTrue("a presence change is no device change", pbx.named("ExtensionStatus").isEmpty());
    }

    @Test
    public void anOverflowedQueueEndsInTheRightStates() throws Exception {
        pbx = new StateHarness(DIALPLAN);
        StateThread small = new StateThread(4);
        DeviceStatesImpl devices = new DeviceStatesImpl(pbx.channels, pbx.bus, small);
        HintsImpl hints = new HintsImpl(pbx.dialplan, devices, pbx.presences, pbx.bus, small);
        try {
            // Hold the thread so that the queue fills up.
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            while (!small.submit(() -> await(release))) {
                Thread.onSpinWait();
            }
            for (int i = 0; i < 100; i++) {
                devices.changed("Custom:lamp1", i % 2 == 0 ? DeviceState.NOT_INUSE : DeviceState.BUSY);
            }
            assertTrue(small.dropped() > 0);
            release.countDown();
            assertTrue(small.drain(StateHarness.SAFETY_SECONDS, java.util.concurrent.TimeUnit.SECONDS));
            StateHarness.await("the resync", () -> hints.hint("default", "101").orElseThrow().state() == ExtensionState.BUSY);
        } finally {
            hints.stop();
            devices.stop();
            small.close();
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
