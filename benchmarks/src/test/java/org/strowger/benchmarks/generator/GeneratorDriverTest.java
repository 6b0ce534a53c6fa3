package org.strowger.benchmarks.generator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Set;

import org.junit.After;
import org.junit.Test;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelRequestException;
import org.strowger.api.channel.ChannelState;
import org.strowger.api.media.Format;
import org.strowger.benchmarks.BenchPbx;

/** The Gen driver on the real core, with a clock the test ticks by hand. */
public class GeneratorDriverTest {

    private final SteppedClock clock = new SteppedClock();
    private final BenchPbx pbx = new BenchPbx(clock);

    @After
    public void tearDown() {
        pbx.close();
    }

    @Test
    public void aCallIsAnsweredAndBridgedNatively() throws Exception {
        BenchPbx.Call call = pbx.connect("alice", "bob");

        assertTrue(call.bridge().isNative());
        assertEquals(ChannelState.UP, call.caller().channel().state());
        assertEquals(ChannelState.UP, call.callee().channel().state());
        assertEquals(call.caller().channel().uniqueId(), call.callee().channel().linkedId());
        assertEquals(1, pbx.channels().activeCalls());
    }

    @Test
    public void everyTickSendsOneFrameEachWayAcrossANativeBridge() throws Exception {
        BenchPbx.Call call = pbx.connect("alice", "bob");
        call.startMedia();

        clock.tick(50);

        assertEquals(50, call.caller().sent());
        assertEquals(50, call.callee().sent());
        assertEquals(50, call.caller().received());
        assertEquals(50, call.callee().received());
        assertEquals(0, call.receivedInOtherFormat());
    }

    @Test
    public void aTranscodingBridgeDeliversEachSideInItsOwnFormat() throws Exception {
        BenchPbx.Call call = pbx.connect("alice", "bob:alaw");
        call.startMedia();

        clock.tick(10);

        assertFalse(call.bridge().isNative());
        assertEquals(Format.ALAW, call.callee().format());
        assertEquals(10, call.callee().received());
        assertEquals(10, call.caller().received());
        assertEquals(0, call.receivedInOtherFormat());
    }

    @Test
    public void hangingUpStopsTheMediaAndForgetsTheChannels() throws Exception {
        BenchPbx.Call call = pbx.connect("alice", "bob");
        call.startMedia();
        assertEquals(2, clock.tasks());

        call.hangup();
        clock.tick(5);

        assertEquals(0, clock.tasks());
        assertEquals(0, call.sent());
        assertEquals(16, call.caller().hangupCause());
        assertEquals(0, pbx.generators().liveGenerators());
        assertTrue(pbx.channels().channels().isEmpty());
        assertEquals(0, pbx.channels().activeCalls());
    }

    @Test
    public void refusesAFormatItCannotGenerate() {
        ChannelRequestException refused = assertThrows(ChannelRequestException.class,
                () -> pbx.channels().request("Gen/alice:g729", Set.of(), null));
        assertTrue(refused.getMessage(), refused.getMessage().contains("g729"));
    }

    @Test
    public void namesChannelsLikeAnyOtherTechnology() throws Exception {
        Channel channel = pbx.channels().request("Gen/alice:slin", Set.of(), null);
        assertTrue(channel.name(), channel.name().matches("Gen/alice-[0-9a-f]{8}"));
        assertEquals(Set.of(Format.SLIN), channel.nativeFormats());
    }
}
