package org.strowger.core.internal.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;
import org.strowger.api.channel.ChannelService;
import org.strowger.api.channel.OriginateRequest;

/**
 * {@code channel request hangup} (main/cli.c handle_softhangup) and {@code channel originate}
 * (res/res_clioriginate.c handle_orig, orig_app, orig_exten).
 */
public class ChannelCommandsTest {

    private static final String HANGUP_USAGE = "Usage: channel request hangup <channel>|<all>\n"
            + "       Request that a channel be hung up. The hangup takes effect\n"
            + "       the next time the driver reads or writes from the channel.\n"
            + "       If 'all' is specified instead of a channel name, all channels\n"
            + "       will see the hangup request.\n";

    private static final String ORIGINATE_USAGE =
            "  There are two ways to use this command. A call can be originated between a\n"
            + "channel and a specific application, or between a channel and an extension in\n"
            + "the dialplan. This is similar to call files or the manager originate action.\n"
            + "Calls originated with this command are given a timeout of 30 seconds.\n\n"
            + "Usage1: channel originate <tech/data> application <appname> [appdata]\n"
            + "  This will originate a call between the specified channel tech/data and the\n"
            + "given application. Arguments to the application are optional. If the given\n"
            + "arguments to the application include spaces, all of the arguments to the\n"
            + "application need to be placed in quotation marks.\n\n"
            + "Usage2: channel originate <tech/data> extension [exten@][context]\n"
            + "  This will originate a call between the specified channel tech/data and the\n"
            + "given extension. If no context is specified, the 'default' context will be\n"
            + "used. If no extension is given, the 's' extension will be used.\n";

    private final FakeChannel alice = new FakeChannel("Skype/alice-00000001", "1.1", Instant.EPOCH);
    private final FakeChannel bob = new FakeChannel("Skype/bob-00000002", "1.2", Instant.EPOCH);
    private final FakeChannelService service = new FakeChannelService(alice, bob);
    private final FakeOriginator originator = new FakeOriginator();

    private String hangup(String... words) {
        ChannelRequestHangupCommand command = new ChannelRequestHangupCommand();
        command.channels = service;
        command.what = words.length > 0 ? words[0] : null;
        command.names = new ArrayList<>(Arrays.asList(words).subList(Math.min(1, words.length), words.length));
        return command.render();
    }

    private String originate(String... words) {
        ChannelOriginateCommand command = new ChannelOriginateCommand();
        command.originator = originator;
        command.channels = service;
        command.channel = words.length > 0 ? words[0] : null;
        command.kind = words.length > 1 ? words[1] : null;
        command.target = words.length > 2 ? words[2] : null;
        command.rest = new ArrayList<>(Arrays.asList(words).subList(Math.min(3, words.length), words.length));
        return command.render();
    }

    @Test
    public void originateToAnUnknownTechnologySaysSoInsteadOfDialing() {
        assertEquals("No channel type registered for 'Foo'\n", originate("Foo/bar", "extension", "600@demo"));
        assertEquals(List.of(), originator.requests);
    }

    @Test
    public void hangupNamesTheChannelAndHangsItUpWithNormalClearing() {
        assertEquals("Requested Hangup on channel 'Skype/alice-00000001'\n", hangup("hangup", "skype/ALICE-00000001"));
        assertEquals(List.of(16), alice.hangups);
        assertTrue(bob.hangups.isEmpty());
    }

    @Test
    public void hangupAllNamesEveryChannel() {
        assertEquals("Requested Hangup on channel 'Skype/alice-00000001'\n"
                + "Requested Hangup on channel 'Skype/bob-00000002'\n", hangup("hangup", "ALL"));
        assertEquals(List.of(16), alice.hangups);
        assertEquals(List.of(16), bob.hangups);
    }

    @Test
    public void hangupOfAnUnknownChannelSaysSo() {
        assertEquals("Skype/carol is not a known channel\n", hangup("hangup", "Skype/carol"));
    }

    @Test
    public void hangupWithoutOneNamePrintsTheUsage() {
        assertEquals(HANGUP_USAGE, hangup("hangup"));
        assertEquals(HANGUP_USAGE, hangup("hangup", "Skype/alice-00000001", "Skype/bob-00000002"));
        assertTrue(alice.hangups.isEmpty());
    }

    @Test
    public void requestWithoutHangupIsNoCommand() {
        assertEquals("No such command 'channel request hangdown Skype/alice-00000001' (type 'core show help channel request'"
                + " for other possible commands)\n", hangup("hangdown", "Skype/alice-00000001"));
    }

    @Test
    public void originateToAnApplicationReturnsAtOnce() {
        assertEquals("", originate("Skype/echo123", "application", "Playback", "hello-world", "ignored"));
        OriginateRequest request = originator.requests.get(0);
        assertEquals("Skype/echo123", request.channel());
        assertEquals("Playback", request.application());
        assertEquals("hello-world", request.data());
        assertEquals(30, request.timeout().toSeconds());
    }

    @Test
    public void originateToAnApplicationWithoutDataSendsEmptyData() {
        assertEquals("", originate("Skype/echo123", "APPLICATION", "Echo"));
        assertEquals("", originator.requests.get(0).data());
    }

    @Test
    public void originateToAnExtensionReadsExtenAtContextAsAsteriskDoes() {
        originate("Skype/alice", "extension", "100@office");
        originate("Skype/alice", "extension", "100");
        originate("Skype/alice", "extension", "@office");
        originate("Skype/alice", "extension");
        List<String> targets = originator.requests.stream()
                .map(r -> r.exten() + "@" + r.context() + ":" + r.priority()).toList();
        assertEquals(List.of("100@office:1", "100@default:1", "s@office:1", "s@default:1"), targets);
        assertFalse(originator.requests.get(0).isApplication());
    }

    @Test
    public void aChannelWithoutSlashHasNoData() {
        assertEquals("*** No data provided after channel type! ***\n" + ORIGINATE_USAGE,
                originate("Skype", "application", "Echo"));
        assertEquals("*** No data provided after channel type! ***\n" + ORIGINATE_USAGE,
                originate("Skype", "extension", "100"));
        assertTrue(originator.requests.isEmpty());
    }

    @Test
    public void missingOrWrongWordsPrintTheUsage() {
        assertEquals(ORIGINATE_USAGE, originate());
        assertEquals(ORIGINATE_USAGE, originate("Skype/echo123"));
        assertEquals(ORIGINATE_USAGE, originate("Skype/echo123", "app", "Echo"));
        assertEquals(ORIGINATE_USAGE, originate("Skype/echo123", "application"));
        assertTrue(originator.requests.isEmpty());
    }

    @Test
    public void aRefusedOriginatePrintsTheOriginatorsReason() {
        originator.refusal = "Extension does not exist.";
        assertEquals("Extension does not exist.\n", originate("Skype/alice", "extension", "999@office"));
    }

    @Test
    public void aFailingCommandPrintsAsterisksFailureLineNotAStackTrace() {
        ChannelRequestHangupCommand command = new ChannelRequestHangupCommand();
        command.channels = new FakeChannelService() {
            @Override
            public java.util.List<org.strowger.api.channel.Channel> channels() {
                throw new IllegalStateException("channel core stopping");
            }
        };
        command.what = "hangup";
        command.names = new ArrayList<>(List.of("all"));
        assertEquals("Command 'channel request hangup all' failed.\n", printed(command));
    }

    @Test
    public void channelNamesCompleteFromTheService() {
        assertEquals(List.of("Skype/alice-00000001", "Skype/bob-00000002"), ChannelNameCompleter.names(service));
        assertEquals(List.of(), ChannelNameCompleter.names((ChannelService) null));
    }

    private static String printed(AsteriskCommand command) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            command.execute();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
