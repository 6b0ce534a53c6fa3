package org.strowger.core.internal.local;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.strowger.core.internal.dialplan.PbxHarness.awaitHangup;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelRequestException;
import org.strowger.api.channel.ChannelState;
import org.strowger.api.channel.HangupCause;
import org.strowger.api.media.ControlFrame;
import org.strowger.api.media.DtmfFrame;
import org.strowger.api.media.Format;
import org.strowger.api.media.Frame;
import org.strowger.api.media.VoiceFrame;
import org.strowger.core.internal.dialplan.PbxHarness;

/** Asterisk's chan_local: a pair of channels whose frames cross, on the real channel service. */
public class LocalChannelDriverTest {

    private PbxHarness pbx;

    @Before
    public void setUp() throws Exception {
        pbx = new PbxHarness("""
                [default]
                exten => 100,1,Record(${CHANNEL} ${EXTEN}@${CONTEXT} ${TOLD} ${PLAIN})
                [demo]
                exten => 600,1,Record(demo)
                """);
    }

    @After
    public void tearDown() {
        pbx.close();
    }

    private Channel second(Channel first) {
        return pbx.channels.find(first.name().replace(";1", ";2")).orElseThrow();
    }

    private static Frame read(Channel channel) throws InterruptedException {
        return channel.read(PbxHarness.SAFETY_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    public void aRequestCreatesAPairNamedExtenAtContextSeqSemicolonOneAndTwo() throws Exception {
        Channel first = pbx.channels.request("Local/600@demo", Set.of(), null);
        Channel second = second(first);

        assertTrue(first.name(), first.name().matches("Local/600@demo-[0-9a-f]{8};1"));
        assertEquals(first.name().replace(";1", ";2"), second.name());
        assertEquals("Local", first.technology());
        assertEquals(Set.copyOf(Format.known()), first.nativeFormats());
        assertEquals(Set.copyOf(Format.known()), second.nativeFormats());
        assertEquals(ChannelState.DOWN, first.state());
        assertEquals(ChannelState.RING, second.state());
        assertEquals(first.uniqueId(), second.linkedId());
    }

    @Test
    public void theContextDefaultsToDefaultAndSlashNIsAccepted() throws Exception {
        assertTrue(pbx.channels.request("Local/100", Set.of(), null).name().startsWith("Local/100@default-"));
        assertTrue(pbx.channels.request("Local/600@demo/n", Set.of(), null).name().startsWith("Local/600@demo-"));
    }

    @Test
    public void malformedDialStringsAreRefusedWithAReason() {
        ChannelRequestException noExten = assertThrows(ChannelRequestException.class,
                () -> pbx.channels.request("Local/@demo", Set.of(), null));
        assertTrue(noExten.getMessage(), noExten.getMessage().contains("no extension"));
        ChannelRequestException noContext = assertThrows(ChannelRequestException.class,
                () -> pbx.channels.request("Local/600@", Set.of(), null));
        assertTrue(noContext.getMessage(), noContext.getMessage().contains("'@'"));
        assertTrue(pbx.channels.channels().isEmpty());
    }

    @Test
    public void framesWrittenToOneHalfArriveFromTheOther() throws Exception {
        Channel first = pbx.channels.request("Local/600@demo", Set.of(), null);
        Channel second = second(first);
        VoiceFrame voice = new VoiceFrame(Format.ULAW, new byte[160], 160);

        first.write(voice);
        assertEquals(voice, read(second));
        second.write(new DtmfFrame('5', true, 100));
        assertEquals(new DtmfFrame('5', true, 100), read(first));
        second.indicate(ControlFrame.Control.RINGING, "");
        assertEquals(ControlFrame.of(ControlFrame.Control.RINGING), read(first));
        assertEquals(ChannelState.RINGING, first.state());

        second.answer();
        assertEquals(ControlFrame.of(ControlFrame.Control.ANSWER), read(first));
        assertEquals(ChannelState.UP, first.state());
        assertEquals(ChannelState.UP, second.state());
    }

    @Test
    public void aHangupOfEitherHalfHangsUpTheOtherWithTheSameCause() throws Exception {
        Channel first = pbx.channels.request("Local/600@demo", Set.of(), null);
        Channel second = second(first);
        first.hangup(HangupCause.ANSWERED_ELSEWHERE.code());
        assertEquals(HangupCause.ANSWERED_ELSEWHERE.code(), awaitHangup(second));

        Channel another = pbx.channels.request("Local/600@demo", Set.of(), null);
        second(another).hangup(HangupCause.USER_BUSY.code());
        assertEquals(HangupCause.USER_BUSY.code(), awaitHangup(another));
        assertTrue(pbx.channels.channels().isEmpty());
    }

    @Test
    public void callingTheFirstHalfStartsTheDialplanOnTheSecondWithVariablesFromTheFirst() throws Exception {
        Channel requestor = pbx.phones.incoming("alice", "office", "s");
        requestor.setVariable("__TOLD", "inherited");
        Channel first = pbx.channels.request("Local/100", Set.of(), requestor);
        first.setVariable("PLAIN", "copied");
        Channel second = second(first);

        first.call(0);

        awaitHangup(second);
        assertEquals(List.of(second.name() + " 100@default inherited copied"), pbx.recorded.data());
        assertEquals(requestor.linkedId(), second.linkedId());
    }

    @Test
    public void callingAMissingExtensionFailsTheCall() throws Exception {
        Channel first = pbx.channels.request("Local/404@demo", Set.of(), null);
        Channel second = second(first);

        first.call(0);

        assertEquals(HangupCause.NO_ROUTE_DESTINATION.code(), awaitHangup(first));
        assertTrue(second.isHungUp());
        assertTrue(pbx.recorded.runs.isEmpty());
        assertFalse(pbx.events.named("Newexten").stream().anyMatch(e -> e.get("Channel").orElse("").equals(second.name())));
    }
}
