package org.strowger.community.server.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.Rule;
import org.junit.Test;
import org.strowger.community.protocol.Protocol;

/** Malformed and oversized lines: an error reply or a disconnect, while other sessions keep working. */
public class MalformedInputTest {
    @Rule
    public final ServerFixture fx = new ServerFixture();

    @Test
    public void malformedLinesGetErrorsAndTheSessionGoesOn() throws Exception {
        try (TestClient c = fx.austin()) {
            c.raw("#bad.id PING\n");
            c.await("ERROR 3 invalid id (1-16 of A-Z a-z 0-9 _ -)");
            c.raw("#12345678901234567 PING\n");
            c.await("ERROR 3 invalid id (1-16 of A-Z a-z 0-9 _ -)");
            c.raw("PING\n");
            c.await("ERROR 3 command lines start with #<id>");
            c.raw("#x1  PING\n");
            c.await("#x1 ERROR 3 empty word at column 5");
            c.raw("#x2 SET PROFILE ABOUT a\u0001b\n");
            c.await("#x2 ERROR 3 control character U+0001 at column 24");
            c.rawBytes(new byte[] {'#', 'x', '3', ' ', 'S', 'E', 'T', ' ', (byte) 0xff, '\n'});
            c.await("ERROR 3 invalid UTF-8");
            c.raw("#x4\n");
            c.await("#x4 ERROR 5 missing command");
            c.raw("#x5 GET\r\n");
            c.await(l -> l.startsWith("#x5 ERROR 5 missing object"));
            c.raw("RTP 99 !!!\n");
            c.await(l -> l.startsWith("ERROR 3 "));
            // still logged in and served
            assertEquals("PONG", c.command("PING"));
            assertEquals("USERSTATUS ONLINE", c.command("GET USERSTATUS"));
            String utf8 = c.command("SET PROFILE MOOD_TEXT Grüße, 日本 😀");
            assertEquals("PROFILE MOOD_TEXT Grüße, 日本 😀", utf8);
        }
    }

    @Test
    public void oversizedLineIsAnsweredAndDisconnectedWhileOthersKeepWorking() throws Exception {
        try (TestClient other = fx.james(); TestClient c = fx.austin()) {
            String huge = "#1 SET PROFILE ABOUT " + "x".repeat(Protocol.MAX_LINE_BYTES) + "\n";
            c.rawBytes(huge.getBytes(StandardCharsets.UTF_8));
            c.await("ERROR 2 line too long (max 16384 bytes)");
            c.awaitClosed();
            assertEquals("PONG", other.command("PING"));
            assertEquals("PROFILE FULLNAME James Bond", other.command("GET PROFILE FULLNAME"));
        }
    }

    @Test
    public void aLineOfExactlyTheLimitIsAccepted() throws Exception {
        try (TestClient c = fx.austin()) {
            String prefix = "#1 SET PROFILE ABOUT ";
            String line = prefix + "y".repeat(Protocol.MAX_LINE_BYTES - prefix.length());
            c.raw(line + "\n");
            // accepted by the framing; the store then applies the ABOUT length rule
            String reply = c.reply("1");
            assertTrue(reply, reply.startsWith("ERROR 4 ") || reply.startsWith("PROFILE ABOUT "));
            assertEquals("PONG", c.command("PING"));
        }
    }

    @Test
    public void administrationIsForAdministratorsOnly() throws Exception {
        try (TestClient c = fx.austin(); TestClient admin = fx.login("dr_evil_admin", "Mr.Bigglesworth")) {
            assertEquals("ERROR 403 administrator only", c.command("ADMIN show accounts"));
            assertEquals("ERROR 403 administrator only", c.command("PSTN CALL +15551234567 +3227773333"));
            String id = admin.send("ADMIN show accounts");
            String first = admin.reply(id);
            assertTrue(first, first.startsWith("ADMINLINE "));
            admin.await(l -> l.startsWith("#" + id + " ADMINLINE ") && l.contains("james_bond"));
            admin.await("#" + id + " ADMIN DONE");
            String bad = admin.command("ADMIN frobnicate everything");
            assertTrue(bad, bad.startsWith("ERROR 4 "));
            String calls = admin.send("ADMIN show calls");
            admin.await("#" + calls + " ADMINLINE 0 active calls");
            admin.await("#" + calls + " ADMIN DONE");
        }
    }
}
