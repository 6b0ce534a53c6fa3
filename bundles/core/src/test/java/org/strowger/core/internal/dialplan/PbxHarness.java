package org.strowger.core.internal.dialplan;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelDriver;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.api.dialplan.DialplanFunction;
import org.strowger.core.internal.config.ConfigFilesImpl;
import org.strowger.core.internal.channel.ChannelServiceImpl;
import org.strowger.core.internal.channel.RecordingEventBus;
import org.strowger.core.internal.dialplan.app.AnswerApplication;
import org.strowger.core.internal.dialplan.app.BackgroundApplication;
import org.strowger.core.internal.dialplan.app.PlaybackApplication;
import org.strowger.core.internal.dialplan.app.ReadApplication;
import org.strowger.core.internal.dialplan.app.SendDtmfApplication;
import org.strowger.core.internal.dialplan.app.WaitExtenApplication;
import org.strowger.core.internal.dialplan.app.BusyApplication;
import org.strowger.core.internal.dialplan.app.CongestionApplication;
import org.strowger.core.internal.dialplan.app.DialApplication;
import org.strowger.core.internal.dialplan.app.EchoApplication;
import org.strowger.core.internal.dialplan.app.HangupApplication;
import org.strowger.core.internal.dialplan.app.MusicOnHoldApplication;
import org.strowger.core.internal.dialplan.app.NoOpApplication;
import org.strowger.core.internal.dialplan.app.ProgressApplication;
import org.strowger.core.internal.dialplan.app.RingingApplication;
import org.strowger.core.internal.dialplan.app.WaitApplication;
import org.strowger.core.internal.local.LocalChannelDriver;
import org.strowger.core.internal.media.MediaClockImpl;
import org.strowger.core.internal.media.TranslationMatrix;
import org.strowger.core.internal.sounds.Sounds;

/**
 * The call core as the container wires it, without the container: the real channel service and
 * bridges, the dialplan engine with every builtin application and function, the Local driver, fake phones, and a
 * {@link RecordingApplication} named {@code Record}.
 */
public final class PbxHarness implements AutoCloseable {

    /** Generous: only ever reached when something is broken; tests never wait it out otherwise. */
    public static final long SAFETY_SECONDS = 10;

    private final AtomicLong serviceIds = new AtomicLong();
    public final RecordingEventBus events = new RecordingEventBus();
    public final ChannelServiceImpl channels;
    public final DialplanEngine dialplan;
    public final FakePhones phones;
    public final RecordingApplication recorded = new RecordingApplication();
    /** The configuration directory holding extensions.conf. */
    public final Path directory;
    /** A real clock: Local pairs hand audio over on its ticks, and prompts and tones play on it. */
    public final MediaClockImpl clock = new MediaClockImpl(1);
    /** The translation matrix, empty: a test adds the translators it needs. */
    public final TranslationMatrix translations = new TranslationMatrix((translator, seconds) -> 1000);
    /** Sound files: a {@code sounds} folder of the test's own, then the shipped prompts. */
    public final Sounds sounds;

    public PbxHarness(String extensionsConf) throws IOException {
        directory = Files.createTempDirectory("strowger-pbx");
        directory.toFile().deleteOnExit();
        Files.writeString(directory.resolve(ExtensionsConfReader.FILE_NAME), extensionsConf);
        channels = new ChannelServiceImpl(events, translations, clock);
        sounds = new Sounds(List.of(directory.resolve("sounds")));
        dialplan = new DialplanEngine(new ConfigFilesImpl(directory), events);
        phones = new FakePhones(channels);
        channels.addDriver(phones, Map.of(ChannelDriver.TECHNOLOGY, FakePhones.TECHNOLOGY));
        channels.addDriver(new LocalChannelDriver(channels, dialplan, clock), Map.of(ChannelDriver.TECHNOLOGY, "Local"));
        addApplication("Answer", new AnswerApplication());
        addApplication("Hangup", new HangupApplication());
        addApplication("NoOp", new NoOpApplication());
        addApplication("Wait", new WaitApplication());
        addApplication("Echo", new EchoApplication());
        addApplication("Ringing", new RingingApplication());
        addApplication("Progress", new ProgressApplication());
        addApplication("Busy", new BusyApplication(clock));
        addApplication("Congestion", new CongestionApplication(clock));
        addApplication("MusicOnHold", new MusicOnHoldApplication());
        addApplication("Dial", new DialApplication(channels, channels, events, dialplan, sounds, clock));
        addApplication("Playback", new PlaybackApplication(sounds, clock));
        addApplication("BackGround", new BackgroundApplication(sounds, clock, dialplan));
        addApplication("WaitExten", new WaitExtenApplication(clock, dialplan));
        addApplication("Read", new ReadApplication(sounds, clock));
        addApplication("SendDTMF", new SendDtmfApplication(channels));
        addApplication("Record", recorded);
        addApplication("Goto", new org.strowger.core.internal.dialplan.app.GotoApplication(dialplan));
        addApplication("GotoIf", new org.strowger.core.internal.dialplan.app.GotoIfApplication(dialplan));
        addApplication("GotoIfTime", new org.strowger.core.internal.dialplan.app.GotoIfTimeApplication(dialplan));
        addApplication("Gosub", new org.strowger.core.internal.dialplan.app.GosubApplication(dialplan));
        addApplication("GosubIf", new org.strowger.core.internal.dialplan.app.GosubIfApplication(dialplan));
        addApplication("Return", new org.strowger.core.internal.dialplan.app.ReturnApplication(dialplan));
        addApplication("While", new org.strowger.core.internal.dialplan.app.WhileApplication(dialplan));
        addApplication("EndWhile", new org.strowger.core.internal.dialplan.app.EndWhileApplication(dialplan));
        addApplication("ExitWhile", new org.strowger.core.internal.dialplan.app.ExitWhileApplication(dialplan));
        addApplication("ContinueWhile", new org.strowger.core.internal.dialplan.app.ContinueWhileApplication(dialplan));
        addApplication("ExecIf", new org.strowger.core.internal.dialplan.app.ExecIfApplication(dialplan));
        addApplication("Verbose", new org.strowger.core.internal.dialplan.app.VerboseApplication());
        addApplication("Log", new org.strowger.core.internal.dialplan.app.LogApplication());
        addApplication("UserEvent", new org.strowger.core.internal.dialplan.app.UserEventApplication(dialplan));
        BuiltinFunctions.addTo(this);
    }

    /** Lowers the priority ceiling so that a test of an endless loop ends soon. */
    public void setPriorityCeiling(int ceiling) {
        dialplan.setPriorityCeiling(ceiling);
    }

    public void addFunction(String name, DialplanFunction function) {
        dialplan.addFunction(function, Map.of(DialplanFunction.NAME, name,
                org.osgi.framework.Constants.SERVICE_ID, serviceIds.incrementAndGet()));
    }

    public void addApplication(String name, DialplanApplication application) {
        dialplan.addApplication(application, Map.of(DialplanApplication.NAME, name,
                org.osgi.framework.Constants.SERVICE_ID, serviceIds.incrementAndGet()));
    }

    /** A call from {@code Fake/<from>} to {@code exten@context}, started in the PBX. */
    public Channel call(String from, String context, String exten) {
        Channel channel = phones.incoming(from, context, exten);
        dialplan.start(channel);
        return channel;
    }

    /** Waits for the channel to hang up and returns its cause. */
    public static int awaitHangup(Channel channel) throws InterruptedException {
        try {
            return channel.hungUp().toCompletableFuture().get(SAFETY_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError(channel.name() + " did not hang up", e);
        }
    }

    /** Waits until the condition holds; fails after {@link #SAFETY_SECONDS}. */
    public static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SAFETY_SECONDS);
        while (!condition.getAsBoolean()) {
            assertTrue("timed out waiting for " + what, System.nanoTime() < deadline);
            Thread.sleep(5);
        }
    }

    /** Waits until no channel is left and every PBX run has ended. */
    public void awaitIdle() throws InterruptedException {
        await("every channel to hang up", () -> channels.channels().isEmpty() && dialplan.runningCount() == 0);
    }

    @Override
    public void close() {
        dialplan.stop();
        channels.close();
        clock.close();
    }

}
