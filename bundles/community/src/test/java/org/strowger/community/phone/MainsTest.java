package org.strowger.community.phone;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The phone and load entry points as the stand-alone jar's Main calls them, against an in-process community. */
public class MainsTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private TestCommunity community;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Before
    public void start() throws Exception {
        community = new TestCommunity(tmp.newFolder("community").toPath());
    }

    @After
    public void stop() throws Exception {
        community.close();
    }

    private int phone(String script, String... args) {
        return PhoneMain.run(args, new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    public void aScriptFromStandardInputRunsAndReportsParseableLines() throws Exception {
        Path script = tmp.newFile("script.txt").toPath();
        Files.writeString(script, "# a comment\nbuddies\ncall echo123\nwait STATUS INPROGRESS 20\ntone 440 100\nhangup\nquit\nbuddies\n");
        int code = phone("", "--server", community.serverArg(), "--user", "james_bond", "--password", "Sp3ctre!", "--tcp",
                "--script", script.toString());
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(text + err, 0, code);
        assertTrue(text, text.startsWith("LOGGEDIN james_bond test\n"));
        assertTrue(text, text.contains("BUDDY austin_powers OFFLINE 3\n"));
        assertTrue(text, text.contains("MATCHED CALL "));
        assertTrue(text, text.contains("OK hangup\n"));
        // quit ends the script (the buddies after it never runs); events of the call may still be printed after it
        assertTrue(text, text.contains("OK quit\n"));
        assertTrue(text, text.indexOf("OK buddies", text.indexOf("OK quit\n")) < 0);
    }

    @Test
    public void aFailedCommandMakesTheExitCodeOne() {
        int code = phone("user nobody_here fullname\n", "--server", community.serverArg(), "--user", "james_bond",
                "--password", "Sp3ctre!");
        assertEquals(1, code);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("ERROR 404 no such user nobody_here\n"));
    }

    @Test
    public void badArgumentsAndWrongPasswordsExitWithTwo() {
        assertEquals(2, phone("", "--server", community.serverArg(), "--user", "james_bond"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("option --password is required"));
        err.reset();
        assertEquals(2, phone("", "--server", community.serverArg(), "--user", "james_bond", "--password", "wrong"));
        assertTrue(err.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)
                .contains("login failed: 401 wrong user name or password"));
        err.reset();
        assertEquals(2, phone("", "--server", community.serverArg(), "--user", "dr_evil", "--password", "one-million", "--pbx"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("403 only business accounts may log in from a PBX"));
    }

    @Test
    public void loadPlacesConcurrentCallsWithMediaAndReportsTheFigures() {
        int code = LoadMain.run(new String[] {"--server", community.serverArg(), "--users",
            "austin_powers:Yeah-baby-1,james_bond:Sp3ctre!", "--calls", "6", "--duration", "1"},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(text + err, 0, code);
        Matcher m = Pattern.compile("RESULT calls=6 established=6 failed=0 dropped=0 setup_ms_p50=\\S+ setup_ms_p95=\\S+"
                + " setup_ms_p99=\\S+ packets_sent=(\\d+) packets_received=(\\d+) packets_lost=(\\d+) loss_pct=\\S+"
                + " jitter_ms_avg=\\S+ jitter_ms_max=\\S+").matcher(text);
        assertTrue(text, m.find());
        assertTrue("media went out", Long.parseLong(m.group(1)) > 0);
        assertTrue("and came back from echo123", Long.parseLong(m.group(2)) > 0);
    }

    @Test
    public void adminRunsBusinessControlPanelCommandsAsAnAdministrator() {
        int code = AdminMain.run(new String[] {"--server", community.serverArg(), "--user", "bcp_admin", "--password",
            "control-panel", "set", "credit", "james_bond", "700"}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(out.toString(StandardCharsets.UTF_8) + err, 0, code);
        assertEquals(700, community.directory.account("james_bond").orElseThrow().balanceCents());
        code = AdminMain.run(new String[] {"--server", community.serverArg(), "--user", "james_bond", "--password",
            "Sp3ctre!", "show", "accounts"}, new ByteArrayInputStream(new byte[0]), new PrintStream(out), new PrintStream(err));
        assertEquals(1, code);
        assertTrue(err.toString(), err.toString().contains("administrator only"));
    }

    @Test
    public void loadRefusesMoreCallsThanTheAccountsMayHave() {
        int code = LoadMain.run(new String[] {"--server", community.serverArg(), "--users", "a_user:pw", "--calls", "65",
            "--duration", "1"}, new ByteArrayInputStream(new byte[0]), new PrintStream(out), new PrintStream(err));
        assertEquals(2, code);
        assertTrue(err.toString().contains("65 calls need at least 2 accounts"));
    }
}
