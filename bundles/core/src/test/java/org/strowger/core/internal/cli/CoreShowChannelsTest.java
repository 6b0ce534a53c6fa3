package org.strowger.core.internal.cli;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;

import org.junit.Test;
import org.strowger.api.channel.CallerId;
import org.strowger.api.channel.ChannelState;

/**
 * {@code core show channels [concise|verbose|count]}. The expected texts are written from main/cli.c
 * handle_chanlist's printf formats (default widths 64/32/7/30 of current Asterisk), not from the
 * command's output.
 */
public class CoreShowChannelsTest {

    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    private final FakeChannel alice = new FakeChannel("Skype/alice-00000001", "1700000000.1", NOW.minusSeconds(3665));
    private final FakeChannel bob = new FakeChannel("Skype/bob-00000002", "1700000000.2", NOW.minusMillis(5900));
    private final FakeChannelService service = new FakeChannelService(alice, bob);

    public CoreShowChannelsTest() {
        alice.setDialplanLocation("default", "100", 2);
        alice.setApplication("Dial", "Skype/bob,30");
        alice.setCallerId(new CallerId("alice", "Alice"));
        alice.setAccountCode("acct1");
        bob.state = ChannelState.RINGING;
        bob.setAccountCode("acct2");
        new FakeBridge("bridge-1", alice, bob);
        service.activeCalls = 1;
        service.processedCalls = 1;
    }

    private String run(String... words) {
        CoreShowCommand command = new CoreShowCommand();
        command.channels = service;
        command.what = words[0];
        command.options = new ArrayList<>(Arrays.asList(words).subList(1, words.length));
        return command.render(NOW);
    }

    /** C's "%-N.Ns": cut to N characters, then padded with blanks to N. */
    private static String col(String text, int width) {
        String cut = text.length() > width ? text.substring(0, width) : text;
        return cut + " ".repeat(width - cut.length());
    }

    private static final String HEADER = "Channel" + " ".repeat(57) + " "
            + "Location" + " ".repeat(24) + " "
            + "State  " + " "
            + "Application(Data)" + " ".repeat(13) + "\n";

    @Test
    public void theTableHasAsterisksColumnsAndSummary() {
        assertEquals(HEADER
                + col("Skype/alice-00000001", 64) + " " + col("100@default:2", 32) + " " + "Up     " + " "
                + col("Dial(Skype/bob,30)", 30) + "\n"
                + col("Skype/bob-00000002", 64) + " " + col("(None)", 32) + " " + "Ringing" + " " + col("(None)", 30) + "\n"
                + "2 active channels\n"
                + "1 active call\n"
                + "1 call processed\n",
                run("channels"));
    }

    @Test
    public void columnsCutLongValues() {
        FakeChannel longOne = new FakeChannel("Skype/" + "x".repeat(60) + "-00000003", "1700000000.3", NOW);
        longOne.setDialplanLocation("a-very-long-context-name-indeed", "1234567890", 1);
        longOne.setApplication("Dial", "Skype/bob&Skype/carol&Skype/dave,30");
        longOne.state = ChannelState.DIALING_OFFHOOK;
        service.live.clear();
        service.live.add(longOne);
        String row = run("channels").split("\n")[1];
        assertEquals("Skype/" + "x".repeat(58) + " "
                // "1234567890@a-very-long-context-name-indeed:1" cut to 32 characters
                + "1234567890@a-very-long-context-n" + " "
                + "Dialing" + " "
                + "Dial(Skype/bob&Skype/carol&Sky", row);
        assertEquals(64 + 1 + 32 + 1 + 7 + 1 + 30, row.length());
    }

    @Test
    public void summaryLinesUseAsterisksPluralRule() {
        service.live.remove(bob);
        service.activeCalls = 1;
        service.processedCalls = 0;
        assertEquals("1 active channel\n1 active call\n0 calls processed\n", run("channels", "count"));
        service.live.clear();
        service.activeCalls = 0;
        service.processedCalls = 2;
        assertEquals("0 active channels\n0 active calls\n2 calls processed\n", run("channels", "count"));
    }

    @Test
    public void countPrintsOnlyTheSummary() {
        assertEquals("2 active channels\n1 active call\n1 call processed\n", run("channels", "count"));
    }

    @Test
    public void conciseRowsHaveAsterisksFourteenFieldsAndNoSummary() {
        // name!context!exten!priority!state!app!data!callerid!accountcode!peeraccount!amaflags!duration!bridgeid!uniqueid
        assertEquals("Skype/alice-00000001!default!100!2!Up!Dial!Skype/bob,30!alice!acct1!acct2!3!3665!bridge-1!1700000000.1\n"
                + "Skype/bob-00000002!!!1!Ringing!(None)!!!acct2!acct1!3!5!bridge-1!1700000000.2\n",
                run("channels", "concise"));
    }

    @Test
    public void verboseHasItsHeaderAndDurationAsHoursMinutesSeconds() {
        String header = col("Channel", 20) + " " + col("Context", 20) + " " + col("Extension", 16) + " " + "Prio" + " "
                + col("State", 7) + " " + col("Application", 12) + " " + col("Data", 25) + " " + col("CallerID", 15) + " "
                + "Duration" + " " + col("Accountcode", 11) + " " + col("PeerAccount", 11) + " " + col("BridgeID", 20) + "\n";
        String aliceRow = "Skype/alice-00000001" + " " + col("default", 20) + " " + col("100", 16) + " " + "   2" + " "
                + col("Up", 7) + " " + col("Dial", 12) + " " + col("Skype/bob,30", 25) + " " + col("alice", 15) + " "
                + "01:01:05" + " " + col("acct1", 11) + " " + col("acct2", 11) + " " + col("bridge-1", 20) + "\n";
        String bobRow = col("Skype/bob-00000002", 20) + " " + col("", 20) + " " + col("", 16) + " " + "   1" + " "
                + col("Ringing", 7) + " " + col("(None)", 12) + " " + col("(Empty)", 25) + " " + col("", 15) + " "
                + "00:00:05" + " " + col("acct2", 11) + " " + col("acct1", 11) + " " + col("bridge-1", 20) + "\n";
        assertEquals(header + aliceRow + bobRow + "2 active channels\n1 active call\n1 call processed\n",
                run("channels", "verbose"));
    }

    @Test
    public void theModeWordIgnoresCase() {
        assertEquals(run("channels", "count"), run("channels", "COUNT"));
    }

    @Test
    public void wrongArgumentsPrintTheUsage() {
        String usage = "Usage: core show channels [concise|verbose|count]\n"
                + "       Lists currently defined channels and some information about them. If\n"
                + "       'concise' is specified, the format is abridged and in a more easily\n"
                + "       machine parsable format. If 'verbose' is specified, the output includes\n"
                + "       more and longer fields. If 'count' is specified only the channel and call\n"
                + "       count is output.\n"
                + "\tThe 'concise' option is deprecated and will be removed from future versions\n"
                + "\tof Asterisk.\n";
        assertEquals(usage, run("channels", "all"));
        assertEquals(usage, run("channels", "concise", "verbose"));
    }

    @Test
    public void withoutTheChannelCoreItSaysItCannotReadChannels() {
        CoreShowCommand command = new CoreShowCommand();
        command.what = "channels";
        assertEquals("Failed to retrieve cached channels\n", command.render(NOW));
    }
}
