package org.strowger.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelService;
import org.strowger.api.channel.ChannelState;
import org.strowger.api.channel.OriginateRequest;
import org.strowger.api.channel.OriginateResult;
import org.strowger.api.channel.Originator;
import org.strowger.api.dialplan.Dialplan;
import org.strowger.api.state.ExtensionState;
import org.strowger.api.state.Hint;
import org.strowger.api.state.Hints;

/**
 * A dialplan run end to end in a real container, through Local and Test channels: Dial outcomes,
 * the h extension, While loops over ARRAY values, and hints that follow calls and Custom devices.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DialplanIT extends StrowgerTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ChannelService channels;

    @Inject
    Originator originator;

    @Inject
    Dialplan dialplan;

    @Inject
    Hints hints;

    @Configuration
    public Option[] config() {
        Path dialplanFile = writeDialplan(Path.of("target", "fixtures", "dialplan-it", "extensions.conf").toAbsolutePath());
        return stockKarafWith(
                replaceConfigurationFile("etc/pbx/extensions.conf", dialplanFile.toFile()),
                bundle(Path.of(System.getProperty("strowger.chantest.jar")).toUri().toString()));
    }

    private static Path writeDialplan(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n",
                    "[general]",
                    "autofallthrough=yes",
                    "",
                    "[globals]",
                    "HCOUNT=0",
                    "",
                    "[outcomes]",
                    "exten => _X,1,NoOp(dialing ${EXTEN})",
                    " same => n,Dial(${TARGET_${EXTEN}},2,g)",
                    " same => n,Set(GLOBAL(RESULT_${EXTEN})=${DIALSTATUS})",
                    " same => n,Hangup()",
                    "",
                    "[globals](+)",
                    "TARGET_1=Test/busy1/busy",
                    "TARGET_2=Test/never2/answer=never",
                    "TARGET_3=Test/talk3/hangup=100",
                    "TARGET_4=Nope/none",
                    "TARGET_5=Test/jam5/congestion",
                    "",
                    "[hangups]",
                    "exten => 100,1,Answer()",
                    " same => n,Hangup()",
                    "exten => h,1,Set(GLOBAL(HCOUNT)=$[${HCOUNT} + 1])",
                    "",
                    "[loops]",
                    "exten => 100,1,Set(ARRAY(A,B,C)=4,5,6)",
                    " same => n,Set(I=0)",
                    " same => n,Set(SUM=0)",
                    " same => n,While($[${I} < 3])",
                    " same => n,Set(I=$[${I} + 1])",
                    " same => n,ExecIf($[${I} = 2]?ContinueWhile())",
                    " same => n,Set(SUM=$[${SUM} + ${I}])",
                    " same => n,EndWhile()",
                    " same => n,Set(GLOBAL(LOOP_RESULT)=${SUM}:${A}${B}${C}:${LEN(${A}${B}${C})})",
                    "",
                    "[lamps]",
                    "exten => 700,hint,Test/henry",
                    "exten => 701,hint,Custom:lamp",
                    ""));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Before
    public void awaitTechnologies() throws InterruptedException {
        await("the Local and Test technologies", WAIT,
                () -> channels.technologies().containsAll(List.of("Local", "Test")));
    }

    @After
    public void hangUpEverything() throws Exception {
        for (Channel channel : channels.channels()) {
            channel.hangup(16);
        }
        await("every channel gone", WAIT, () -> channels.channels().isEmpty());
    }

    @Test
    public void dialSetsDialstatusForEveryOutcome() throws Exception {
        for (int exten = 1; exten <= 5; exten++) {
            originator.originate(OriginateRequest.toApplication("Local/" + exten + "@outcomes", "Wait", "10"));
        }
        try {
            await("five results", WAIT, () -> dialplan.globalVariable("RESULT_5").isPresent()
                    && dialplan.globalVariable("RESULT_1").isPresent() && dialplan.globalVariable("RESULT_2").isPresent()
                    && dialplan.globalVariable("RESULT_3").isPresent() && dialplan.globalVariable("RESULT_4").isPresent());
        } catch (AssertionError e) {
            StringBuilder results = new StringBuilder();
            for (int exten = 1; exten <= 5; exten++) {
                results.append(exten).append('=').append(dialplan.globalVariable("RESULT_" + exten)).append(' ');
            }
            throw new AssertionError(e.getMessage() + ": " + results + dialplan.globalVariable("TARGET_1"), e);
        }

        assertEquals(Optional.of("BUSY"), dialplan.globalVariable("RESULT_1"));
        assertEquals(Optional.of("NOANSWER"), dialplan.globalVariable("RESULT_2"));
        assertEquals(Optional.of("ANSWER"), dialplan.globalVariable("RESULT_3"));
        assertEquals(Optional.of("CHANUNAVAIL"), dialplan.globalVariable("RESULT_4"));
        assertEquals(Optional.of("CONGESTION"), dialplan.globalVariable("RESULT_5"));
    }

    @Test
    public void theHExtensionRunsExactlyOncePerCall() throws Exception {
        String before = dialplan.globalVariable("HCOUNT").orElse("0");
        for (int i = 0; i < 3; i++) {
            OriginateResult result = originator.originate(OriginateRequest.toApplication("Local/100@hangups", "Wait", "5"))
                    .toCompletableFuture().get(30, TimeUnit.SECONDS);
            assertTrue(result.message(), result.success());
        }
        int expected = Integer.parseInt(before) + 3;
        await("three h runs", WAIT, () -> dialplan.globalVariable("HCOUNT").equals(Optional.of(Integer.toString(expected))));
        Thread.sleep(500);
        assertEquals(Optional.of(Integer.toString(expected)), dialplan.globalVariable("HCOUNT"));
    }

    @Test
    public void whileLoopsOverArrayValues() throws Exception {
        originator.originate(OriginateRequest.toApplication("Local/100@loops", "Wait", "5"));

        await("the loop's result", WAIT, () -> dialplan.globalVariable("LOOP_RESULT").isPresent());
        assertEquals("1 + 3 (2 skipped by ContinueWhile), the ARRAY values, and LEN of them",
                Optional.of("4:456:3"), dialplan.globalVariable("LOOP_RESULT"));
    }

    @Test
    public void hintsFollowTestChannelsAndCustomDevices() throws Exception {
        List<Integer> seen = new CopyOnWriteArrayList<>();
        AutoCloseable watch = hints.watch("lamps", "700", hint -> seen.add(hint.state().code())).orElseThrow();
        try {
            assertEquals(ExtensionState.NOT_INUSE, hints.hint("lamps", "700").orElseThrow().state());

            Channel henry = channels.request("Test/henry/answer=200", Set.of(), null);
            henry.call(10_000);
            await("henry answered", WAIT, () -> henry.state() == ChannelState.UP);
            await("700 in use", WAIT, () -> hints.hint("lamps", "700").map(Hint::state).orElse(null) == ExtensionState.INUSE);
            henry.hangup(16);
            await("700 idle again", WAIT, () -> hints.hint("lamps", "700").map(Hint::state).orElse(null) == ExtensionState.NOT_INUSE);

            // The watcher hears it on the state thread, a moment after the hint itself changed.
            await("the watcher told of idle", WAIT,
                    () -> !seen.isEmpty() && seen.get(seen.size() - 1) == ExtensionState.NOT_INUSE.code());
            assertTrue(seen.toString(), seen.contains(ExtensionState.INUSE.code()));
        } finally {
            watch.close();
        }

        executeCommand("devstate:change Custom:lamp INUSE");
        await("701 in use", WAIT, () -> hints.hint("lamps", "701").map(Hint::state).orElse(null) == ExtensionState.INUSE);
        String table = executeCommand("core:show hints");
        assertTrue(table, table.contains("701@lamps"));
        assertTrue(table, table.contains("State:InUse"));
        executeCommand("devstate:change Custom:lamp NOT_INUSE");
        await("701 idle", WAIT, () -> hints.hint("lamps", "701").map(Hint::state).orElse(null) == ExtensionState.NOT_INUSE);
    }
}
