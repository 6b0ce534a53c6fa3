package org.strowger.core.internal.originate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.strowger.api.channel.CallerId;
import org.strowger.api.channel.OriginateException;
import org.strowger.api.channel.OriginateRequest;
import org.strowger.api.channel.OriginateResult;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.media.ControlFrame;
import org.strowger.core.internal.dialplan.FakePhones;
import org.strowger.core.internal.dialplan.PbxHarness;

/** Originate as AMI and the CLI use it: reasons 4 answered, 5 busy, 3 no answer, and refusals before dialling. */
public class DialplanOriginatorTest {

    private PbxHarness pbx;
    private DialplanOriginator originator;

    @Before
    public void setUp() throws Exception {
        pbx = new PbxHarness("""
                [ctx]
                exten => 100,1,Record(${CALLERID_NUM_FROM_VAR} ${EXTEN}@${CONTEXT})
                 same => n,Hangup()
                """);
        originator = new DialplanOriginator(pbx.channels, pbx.dialplan, pbx.events);
        pbx.phones.whenCalled("bob", FakePhones.answers());
        pbx.phones.whenCalled("carol", FakePhones.signals(ControlFrame.Control.BUSY));
        pbx.phones.whenCalled("erin", FakePhones.signals(ControlFrame.Control.RINGING));
    }

    @After
    public void tearDown() {
        originator.stop();
        pbx.close();
    }

    private OriginateResult result(OriginateRequest request) throws Exception {
        return originator.originate(request).toCompletableFuture().get(PbxHarness.SAFETY_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    public void anAnsweredChannelGoesToTheExtensionWithItsVariablesAndCallerId() throws Exception {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("CALLERID_NUM_FROM_VAR", "set-before-dialing");
        OriginateResult result = result(OriginateRequest.toExtension("Fake/bob", "ctx", "100", 1)
                .withCallerId(CallerId.parse("\"Boss\" <5551234>"))
                .withVariables(variables));

        assertTrue(result.success());
        assertEquals(OriginateResult.ANSWERED, result.reason());
        assertTrue(result.channel(), result.channel().startsWith("Fake/bob-"));
        pbx.awaitIdle();
        assertEquals(List.of("set-before-dialing 100@ctx"), pbx.recorded.data());
        PbxEvent hangup = pbx.events.named("Hangup").get(0);
        assertEquals(result.channel(), hangup.get("Channel").orElseThrow());
        assertEquals("5551234", hangup.get("CallerIDNum").orElseThrow());
        assertEquals("Boss", hangup.get("CallerIDName").orElseThrow());
        assertEquals(List.of("ANSWER"),
                pbx.events.named("DialEnd").stream().map(e -> e.get("DialStatus").orElseThrow()).toList());
        assertFalse("Originate has no calling channel", pbx.events.named("DialBegin").get(0).get("Channel").isPresent());
    }

    @Test
    public void anAnsweredChannelRunsTheApplication() throws Exception {
        OriginateResult result = result(OriginateRequest.toApplication("Fake/bob", "Record", "app ${CHANNEL}"));

        assertEquals(OriginateResult.ANSWERED, result.reason());
        pbx.awaitIdle();
        assertEquals(List.of("app " + result.channel()), pbx.recorded.data());
    }

    @Test
    public void aCallAnsweredAndOverBeforeTheOriginatorLooksStillCountsAsAnswered() throws Exception {
        // Local/x where x is Answer() then Hangup(): the far end can finish inside call() itself.
        pbx.phones.whenCalled("quick", link -> {
            link.queue(ControlFrame.of(ControlFrame.Control.ANSWER));
            link.hangup(16);
        });

        OriginateResult result = result(OriginateRequest.toApplication("Fake/quick", "Record", "ran"));

        assertTrue(result.message(), result.success());
        assertEquals(OriginateResult.ANSWERED, result.reason());
    }

    @Test
    public void busyIsReasonFive() throws Exception {
        OriginateResult result = result(OriginateRequest.toExtension("Fake/carol", "ctx", "100", 1));

        assertFalse(result.success());
        assertEquals(OriginateResult.BUSY, result.reason());
        pbx.awaitIdle();
        assertTrue(pbx.recorded.runs.isEmpty());
    }

    @Test
    public void noAnswerIsReasonThreeAndTheChannelIsHungUp() throws Exception {
        OriginateResult result = result(OriginateRequest.toExtension("Fake/erin", "ctx", "100", 1)
                .withTimeout(Duration.ofMillis(300)));

        assertFalse(result.success());
        assertEquals(OriginateResult.RINGING, result.reason());
        pbx.awaitIdle();
        assertTrue(pbx.recorded.runs.isEmpty());
    }

    @Test
    public void aChannelThatCannotBeRequestedFails() throws Exception {
        OriginateResult result = result(OriginateRequest.toExtension("Nope/x", "ctx", "100", 1));

        assertFalse(result.success());
        assertEquals(OriginateResult.FAILED, result.reason());
        assertEquals("", result.channel());
    }

    @Test
    public void requestsAreRefusedBeforeDiallingWithAsterisksMessages() {
        assertEquals("Invalid channel", assertThrows(OriginateException.class,
                () -> originator.originate(OriginateRequest.toExtension("nochannel", "ctx", "100", 1))).getMessage());
        assertEquals("Extension does not exist.", assertThrows(OriginateException.class,
                () -> originator.originate(OriginateRequest.toExtension("Fake/bob", "ctx", "404", 1))).getMessage());
        String unknownApp = assertThrows(OriginateException.class,
                () -> originator.originate(OriginateRequest.toApplication("Fake/bob", "NoSuchApp", ""))).getMessage();
        assertTrue(unknownApp, unknownApp.contains("NoSuchApp"));
        assertTrue(pbx.channels.channels().isEmpty());
    }

    @Test
    public void aLocalChannelThatHangsUpUnansweredIsReasonOne() throws Exception {
        // ;2 runs 100@ctx, which hangs up without answering: ;1 hangs up with it.
        OriginateResult result = result(OriginateRequest.toApplication("Local/100@ctx", "Echo", ""));

        assertFalse(result.success());
        assertEquals(OriginateResult.HANGUP, result.reason());
        pbx.awaitIdle();
        assertEquals(1, pbx.recorded.runs.size());
        assertTrue(pbx.recorded.runs.get(0).channel().endsWith(";2"));
    }
}
