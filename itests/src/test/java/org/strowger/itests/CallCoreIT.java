package org.strowger.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.propagateSystemProperties;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.strowger.api.channel.Bridge;
import org.strowger.api.channel.BridgeService;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelService;
import org.strowger.api.channel.ChannelState;
import org.strowger.api.channel.OriginateRequest;
import org.strowger.api.channel.OriginateResult;
import org.strowger.api.channel.Originator;
import org.strowger.api.event.EventBus;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.event.Subscription;
import org.strowger.api.media.Format;
import org.strowger.chantest.AudioCheck;
import org.strowger.chantest.ChannelProbe;
import org.strowger.chantest.TestChannels;
import org.strowger.itests.fixture.FixtureBundles;

/**
 * The call core in a real container: Originate through Local channels into a dialplan, bridges
 * between Test channels of different formats with real translators, a codec bundle updated
 * mid-call, and a channel driver stopped with calls up.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CallCoreIT extends StrowgerTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CODEC_V2 = "strowger.itest.codecV2";
    private static final String CODEC_NAME = "org.strowger.fixture.codec.testg711";
    /** Above this level and SNR a received signal is the tone that was sent (G.711 gives about 35 dB). */
    private static final double MIN_LEVEL_DBFS = -16;
    private static final double MIN_SNR_DB = 25;

    @Inject
    ChannelService channels;

    @Inject
    BridgeService bridges;

    @Inject
    Originator originator;

    @Inject
    EventBus eventBus;

    @Inject
    TestChannels testChannels;

    private final List<PbxEvent> events = new CopyOnWriteArrayList<>();
    private Subscription subscription;

    @Configuration
    public Option[] config() {
        Path dir = Path.of("target", "fixtures").toAbsolutePath();
        Path codecV1 = FixtureBundles.g711CodecFile(dir, "1.0.0");
        Path codecV2 = FixtureBundles.g711CodecFile(dir, "1.0.1");
        System.setProperty(CODEC_V2, codecV2.toString());
        Path dialplan = writeDialplan(dir.resolve("extensions.conf"));
        return stockKarafWith(
                propagateSystemProperties(CODEC_V2),
                replaceConfigurationFile("etc/pbx/extensions.conf", dialplan.toFile()),
                bundle(Path.of(System.getProperty("strowger.chantest.jar")).toUri().toString()),
                bundle(codecV1.toUri().toString()));
    }

    private static Path writeDialplan(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n",
                    "[itest]",
                    "; echo test",
                    "exten => 200,1,Answer()",
                    " same => n,Echo()",
                    " same => n,Hangup()",
                    "; answers, then waits for the caller to hang up",
                    "exten => 300,1,Answer()",
                    " same => n,Wait(60)",
                    ""));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Before
    public void awaitTechnologies() throws InterruptedException {
        // Drivers need the channel service and the service tracks drivers: SCR binds that circle a moment
        // after both are up, so a test that starts at once waits for it.
        await("the Local and Test technologies", WAIT,
                () -> channels.technologies().containsAll(List.of("Local", "Test")));
    }

    private void recordEvents() {
        subscription = eventBus.subscribe(events::add, 100_000);
    }

    @After
    public void hangUpEverything() throws Exception {
        if (subscription != null) {
            subscription.close();
        }
        for (Channel channel : channels.channels()) {
            channel.hangup(16);
        }
        await("every channel gone", WAIT, () -> channels.channels().isEmpty());
    }

    @Test
    public void originateLocalIntoATestContextRunsTheDialplanAndDials() throws Exception {
        recordEvents();
        // Local/200@itest;2 answers and echoes; ;1 runs Dial to carol, who talks at 800 Hz.
        OriginateResult result = originator.originate(OriginateRequest
                .toApplication("Local/200@itest", "Dial", "Test/carol/tone=800,20")
                .withTimeout(Duration.ofSeconds(10)))
                .toCompletableFuture().get(30, TimeUnit.SECONDS);

        assertTrue(result.message(), result.success());
        assertEquals(OriginateResult.ANSWERED, result.reason());
        assertTrue(result.channel(), result.channel().matches("Local/200@itest-[0-9a-f]{8};1"));
        ChannelProbe carol = awaitProbe("Test/carol-");
        await("carol hears her own tone back through the Local pair and Echo", WAIT,
                () -> carol.voiceFramesReceived() >= 100);
        assertTrue(AudioCheck.measureTone(Format.ULAW, lastSecond(carol), 800).isTone(MIN_LEVEL_DBFS, MIN_SNR_DB));

        String table = executeCommand("core:show channels");
        assertTrue(table, table.contains("3 active channels"));
        assertTrue(table, table.contains("1 active call"));
        String localTwo = result.channel().replace(";1", ";2");
        assertTrue(table, table.contains(localTwo));
        assertTrue(table, table.contains("Echo"));

        carol.hangup(16);
        await("the Local pair follows carol", WAIT, () -> channels.channels().isEmpty());
        List<String> expected = List.of("Newchannel", "DialBegin", "DialEnd", "BridgeEnter", "BridgeLeave", "Newexten",
                "Hangup");
        // the bus delivers on its own threads: the last Hangup may still be on its way
        await("the call's events " + expected, WAIT, () -> names(events).containsAll(expected));
        PbxEvent dialEnd = events.stream().filter(e -> e.name().equals("DialEnd")
                && e.get("DestChannel").orElse("").startsWith("Test/carol-")).findFirst().orElseThrow();
        assertEquals("ANSWER", dialEnd.get("DialStatus").orElseThrow());
        assertEquals(result.channel(), dialEnd.get("Channel").orElseThrow());
        assertEquals("all channels of the call share its linkedid", 1, events.stream()
                .filter(e -> e.name().equals("Newchannel")).map(e -> e.get("Linkedid").orElseThrow()).distinct().count());
    }

    @Test
    public void originateToAMissingExtensionIsRefusedBeforeDialing() throws Exception {
        Exception refused = null;
        try {
            originator.originate(OriginateRequest.toExtension("Test/alice", "itest", "999", 1));
        } catch (Exception e) {
            refused = e;
        }
        assertEquals("Extension does not exist.", refused == null ? null : refused.getMessage());
        assertTrue(channels.channels().isEmpty());
    }

    @Test
    public void originateToABusyTestChannelReportsBusy() throws Exception {
        OriginateResult result = originator.originate(OriginateRequest.toExtension("Test/dave/busy", "itest", "300", 1))
                .toCompletableFuture().get(30, TimeUnit.SECONDS);

        assertFalse(result.success());
        assertEquals(OriginateResult.BUSY, result.reason());
        await("the busy channel hung up", WAIT, () -> channels.channels().isEmpty());
    }

    @Test
    public void bridgesTestChannelsOfDifferentFormatsWithTheAudioTranscodedIntact() throws Exception {
        Bridge bridge = bridgeUlawAndAlaw();
        ChannelProbe alice = testChannels.probe(bridge.channels().get(0));
        ChannelProbe bob = testChannels.probe(bridge.channels().get(1));

        await("audio both ways", WAIT, () -> bob.voiceFramesReceived() >= 100 && alice.voiceFramesReceived() >= 100);

        assertFalse(bridge.isNative());
        assertEquals("bob gets alaw only", 0, bob.voiceFramesInOtherFormats());
        assertEquals("alice gets ulaw only", 0, alice.voiceFramesInOtherFormats());
        assertTrue(AudioCheck.measureTone(Format.ALAW, lastSecond(bob), 1000).isTone(MIN_LEVEL_DBFS, MIN_SNR_DB));
        assertTrue(AudioCheck.measureTone(Format.ULAW, lastSecond(alice), 600).isTone(MIN_LEVEL_DBFS, MIN_SNR_DB));
        assertFalse("bob does not hear his own tone",
                AudioCheck.measureTone(Format.ALAW, lastSecond(bob), 600).isTone(MIN_LEVEL_DBFS, 0));
    }

    @Test
    public void aCallSurvivesItsCodecBundleBeingUpdated() throws Exception {
        Bridge bridge = bridgeUlawAndAlaw();
        ChannelProbe bob = testChannels.probe(bridge.channels().get(1));
        await("audio through version 1.0.0", WAIT, () -> bob.voiceFramesReceived() >= 50);
        Bundle codec = Arrays.stream(bundleContext.getBundles())
                .filter(b -> b.getSymbolicName().equals(CODEC_NAME)).findFirst().orElseThrow();

        try (InputStream newVersion = Files.newInputStream(Path.of(System.getProperty(CODEC_V2)))) {
            codec.update(newVersion);
        }
        long afterUpdate = bob.voiceFramesReceived();
        await("audio through version 1.0.1", WAIT, () -> bob.voiceFramesReceived() >= afterUpdate + 100);

        assertEquals("1.0.1", codec.getVersion().toString());
        assertFalse(bridge.ended().toCompletableFuture().isDone());
        assertTrue(bridge.channels().stream().noneMatch(Channel::isHungUp));
        assertTrue(AudioCheck.measureTone(Format.ALAW, lastSecond(bob), 1000).isTone(MIN_LEVEL_DBFS, MIN_SNR_DB));
    }

    @Test
    public void stoppingTheDriverHangsUpItsCallsCleanly() throws Exception {
        recordEvents();
        Bridge first = bridgeUlawAndAlaw();
        Bridge second = bridgeUlawAndAlaw();
        OriginateResult local = originator.originate(OriginateRequest
                .toApplication("Local/300@itest", "Dial", "Test/erin,20"))
                .toCompletableFuture().get(30, TimeUnit.SECONDS);
        assertTrue(local.message(), local.success());
        await("erin's call up", WAIT, () -> channels.channels().size() == 7);
        List<Channel> testLegs = new ArrayList<>();
        channels.channels().stream().filter(c -> c.technology().equals("Test")).forEach(testLegs::add);
        assertEquals(5, testLegs.size());

        Bundle driver = Arrays.stream(bundleContext.getBundles())
                .filter(b -> b.getSymbolicName().equals("org.strowger.chan.test")).findFirst().orElseThrow();
        driver.stop();
        try {
            await("every call gone", WAIT, () -> channels.channels().isEmpty());
            for (Channel leg : testLegs) {
                assertEquals(leg.name(), 16, leg.hangupCause());
            }
            assertTrue(first.ended().toCompletableFuture().isDone());
            assertTrue(second.ended().toCompletableFuture().isDone());
            await("a Hangup event for every channel", WAIT, () -> events.stream()
                    .filter(e -> e.name().equals("Hangup")).count() == 7);
            String table = executeCommand("core:show channels");
            assertTrue(table, table.contains("0 active channels\n0 active calls\n"));
            assertFalse(table, table.contains("Test/"));
        } finally {
            driver.start();
        }
        await("the Test technology back", WAIT, () -> channels.technologies().contains("Test"));
    }

    /** Alice (ulaw, 1000 Hz) and bob (alaw, 600 Hz), answered and bridged. */
    private Bridge bridgeUlawAndAlaw() throws Exception {
        Channel alice = channels.request("Test/alice/format=ulaw/tone=1000", Set.of(Format.ULAW), null);
        Channel bob = channels.request("Test/bob/format=alaw/tone=600", Set.of(Format.ALAW), alice);
        alice.call(10_000);
        bob.call(10_000);
        await("both answered", WAIT, () -> alice.state() == ChannelState.UP && bob.state() == ChannelState.UP);
        return bridges.bridge(alice, bob);
    }

    private ChannelProbe awaitProbe(String namePrefix) throws InterruptedException {
        await(namePrefix + "* exists", WAIT, () -> testChannels.probes().stream()
                .anyMatch(p -> p.channelName().startsWith(namePrefix) && !p.isHungUp()));
        return testChannels.probes().stream()
                .filter(p -> p.channelName().startsWith(namePrefix) && !p.isHungUp()).findFirst().orElseThrow();
    }

    private static byte[] lastSecond(ChannelProbe probe) {
        byte[] audio = probe.receivedAudio();
        int oneSecond = 8000;
        return audio.length <= oneSecond ? audio : Arrays.copyOfRange(audio, audio.length - oneSecond, audio.length);
    }

    private static List<String> names(List<PbxEvent> events) {
        return events.stream().map(PbxEvent::name).distinct().toList();
    }
}
