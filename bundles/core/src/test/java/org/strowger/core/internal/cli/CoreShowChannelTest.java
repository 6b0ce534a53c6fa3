package org.strowger.core.internal.cli;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import org.junit.Test;
import org.strowger.api.channel.CallerId;
import org.strowger.api.media.Format;

/** {@code core show channel <channel>}: the block of main/cli.c handle_showchan. */
public class CoreShowChannelTest {

    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    private final FakeChannel alice = new FakeChannel("Skype/alice-00000001", "1700000000.1", NOW.minusSeconds(3725));
    private final FakeChannel bob = new FakeChannel("Skype/bob-00000002", "1700000000.2", NOW);
    private final FakeChannelService service = new FakeChannelService(alice, bob);

    private String run(String... words) {
        CoreShowCommand command = new CoreShowCommand();
        command.channels = service;
        command.what = words[0];
        command.options = new ArrayList<>(Arrays.asList(words).subList(1, words.length));
        return command.render(NOW);
    }

    @Test
    public void theBlockHasEveryLineOfHandleShowchan() {
        alice.linkedId = "1700000000.0";
        alice.setCallerId(new CallerId("alice", "Alice Liddell"));
        alice.setConnectedLine(new CallerId("bob", ""));
        alice.setDialplanLocation("skype-in", "s", 3);
        alice.setApplication("Dial", "Skype/bob,30");
        alice.nativeFormats = new LinkedHashSet<>(List.of(Format.ULAW, Format.ALAW));
        alice.writeFormat = Format.ALAW;
        alice.setVariable("FIRST", "1");
        alice.setVariable("__SECOND", "two=2");
        new FakeBridge("bridge-1", alice, bob);
        assertEquals(" -- General --\n"
                + "           Name: Skype/alice-00000001\n"
                + "           Type: Skype\n"
                + "       UniqueID: 1700000000.1\n"
                + "       LinkedID: 1700000000.0\n"
                + "      Caller ID: alice\n"
                + " Caller ID Name: Alice Liddell\n"
                + "Connected Line ID: bob\n"
                + "Connected Line ID Name: (N/A)\n"
                + "Eff. Connected Line ID: bob\n"
                + "Eff. Connected Line ID Name: (N/A)\n"
                + "    DNID Digits: (N/A)\n"
                + "       Language: en\n"
                + "          State: Up (6)\n"
                + "  NativeFormats: (ulaw|alaw)\n"
                + "    WriteFormat: alaw\n"
                + "     ReadFormat: ulaw\n"
                + " WriteTranscode: No \n"
                + "  ReadTranscode: No \n"
                + " Time to Hangup: 0\n"
                + "   Elapsed Time: 1h2m5s\n"
                + "      Bridge ID: bridge-1\n"
                + " --   PBX   --\n"
                + "        Context: skype-in\n"
                + "      Extension: s\n"
                + "       Priority: 3\n"
                + "     Call Group: 0\n"
                + "   Pickup Group: 0\n"
                + "    Application: Dial\n"
                + "           Data: Skype/bob,30\n"
                + " Call Identifer: (None)\n"
                + "      Variables:\n"
                + "SECOND=two=2\n"
                + "FIRST=1\n",
                run("channel", "Skype/alice-00000001"));
    }

    @Test
    public void unsetFieldsPrintAsterisksPlaceholders() {
        bob.nativeFormats = new LinkedHashSet<>();
        String block = run("channel", "skype/BOB-00000002");
        assertEquals(List.of(
                "      Caller ID: (N/A)",
                " Caller ID Name: (N/A)",
                "  NativeFormats: (nothing)",
                "   Elapsed Time: 0h0m0s",
                "      Bridge ID: (Not bridged)",
                "        Context: ",
                "    Application: (N/A)",
                "           Data: (Empty)"),
                List.of(line(block, "      Caller ID:"), line(block, " Caller ID Name:"), line(block, "  NativeFormats:"),
                        line(block, "   Elapsed Time:"), line(block, "      Bridge ID:"), line(block, "        Context:"),
                        line(block, "    Application:"), line(block, "           Data:")));
        assertEquals(true, block.endsWith(" Call Identifer: (None)\n      Variables:\n"));
    }

    private static String line(String block, String start) {
        return Arrays.stream(block.split("\n")).filter(l -> l.startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    public void anUnknownChannelIsNotAKnownChannel() {
        assertEquals("Skype/nobody-00000009 is not a known channel\n", run("channel", "Skype/nobody-00000009"));
    }

    @Test
    public void withoutOneChannelNameItPrintsTheUsage() {
        String usage = "Usage: core show channel <channel>\n"
                + "       Shows lots of information about the specified channel.\n";
        assertEquals(usage, run("channel"));
        assertEquals(usage, run("channel", "Skype/alice-00000001", "extra"));
    }
}
