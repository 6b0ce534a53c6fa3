package org.strowger.community.protocol;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;

import org.junit.Test;

public class LineTest {

    private static MalformedLineException refused(String text) {
        try {
            Line.parse(text);
        } catch (MalformedLineException e) {
            return e;
        }
        throw new AssertionError("accepted: " + text);
    }

    private static ProtocolException failing(ThrowingRunnable r) {
        try {
            r.run();
        } catch (ProtocolException e) {
            return e;
        }
        throw new AssertionError("no ProtocolException");
    }

    interface ThrowingRunnable {
        void run() throws ProtocolException;
    }

    @Test
    public void commandHasIdKeywordWordsAndRestOfLineValue() throws Exception {
        Line line = Line.parse("#42 SET PROFILE MOOD_TEXT  shaken, not stirred ");
        assertEquals("42", line.id());
        assertEquals("SET", line.keyword());
        Words w = line.words();
        assertEquals("SET", w.next("command"));
        assertEquals("PROFILE", w.next("object"));
        assertEquals("MOOD_TEXT", w.next("property"));
        // the value keeps its spaces, leading and trailing included
        assertEquals(" shaken, not stirred ", w.rest());
        assertFalse(w.hasMore());
    }

    @Test
    public void notificationHasNoId() throws Exception {
        Line line = Line.parse("USER james_bond ONLINESTATUS AWAY");
        assertNull(line.id());
        assertFalse(line.hasId());
        assertEquals("USER james_bond ONLINESTATUS AWAY", line.toString());
    }

    @Test
    public void trailingCarriageReturnIsDropped() throws Exception {
        assertEquals("PING", Line.parse("#1 PING\r").body());
    }

    @Test
    public void valueMayBeEmpty() throws Exception {
        Words w = Line.parse("#1 SET PROFILE ABOUT").words();
        w.next("c");
        w.next("o");
        w.next("p");
        assertEquals("", w.rest());
        Words w2 = Line.parse("#1 SET PROFILE ABOUT ").words();
        w2.next("c");
        w2.next("o");
        w2.next("p");
        assertEquals("", w2.rest());
    }

    @Test
    public void idsFollowTheSyntax() throws Exception {
        assertEquals("a-Z_09", Line.parse("#a-Z_09 PING").id());
        assertEquals("1234567890123456", Line.parse("#1234567890123456 PING").id());
        for (String bad : new String[] {"# PING", "#12345678901234567 PING", "#a.b PING", "#é PING", "#1+1 PING", "#"}) {
            MalformedLineException e = refused(bad);
            assertEquals(bad, ErrorCode.MALFORMED, e.code());
            assertNull("an invalid id cannot be echoed", e.id());
            assertTrue(e.toErrorLine(), e.toErrorLine().startsWith("ERROR 3 invalid id"));
        }
    }

    @Test
    public void emptyWordsAreNamedWithTheirColumn() throws Exception {
        MalformedLineException e = refused("#7  PING");
        assertEquals(ErrorCode.MALFORMED, e.code());
        assertEquals("7", e.id());
        assertEquals("#7 ERROR 3 empty word at column 4", e.toErrorLine());

        Words w = Line.parse("#7 GET  USERSTATUS").words();
        w.next("command");
        ProtocolException e2 = failing(() -> w.next("object"));
        assertEquals(ErrorCode.MALFORMED, e2.code());
        assertEquals("empty word at column 8", e2.getMessage());
    }

    @Test
    public void missingWordsNameWhatIsMissing() throws Exception {
        Words w = Line.parse("#1 GET").words();
        w.next("command");
        ProtocolException e = failing(() -> w.next("object"));
        assertEquals(ErrorCode.MISSING_ARGUMENT, e.code());
        assertEquals("ERROR 5 missing object", e.toReply());
        assertEquals(ErrorCode.MISSING_ARGUMENT, refused("#1").code());
        assertEquals("1", refused("#1").id());
    }

    @Test
    public void controlCharactersAreRefusedButTabIsText() throws Exception {
        MalformedLineException e = refused("#3 SET PROFILE ABOUT a\u0007b");
        assertEquals(ErrorCode.MALFORMED, e.code());
        assertEquals("3", e.id());
        assertEquals("control character U+0007 at column 23", e.getMessage());
        assertEquals(ErrorCode.MALFORMED, refused("#3 SET PROFILE ABOUT a\rb").code());
        assertEquals(ErrorCode.MALFORMED, refused("PING\u0000").code());
        assertEquals("a\tb", Line.parse("#3 SET PROFILE ABOUT a\tb").words().rest().substring(18));
    }

    @Test
    public void oversizedLinesAreRefusedCountingUtf8Bytes() throws Exception {
        String prefix = "#1 SET PROFILE ABOUT ";
        String fits = prefix + "x".repeat(Protocol.MAX_LINE_BYTES - prefix.length());
        assertEquals(Protocol.MAX_LINE_BYTES, Line.parse(fits).toString().length());
        assertEquals(ErrorCode.LINE_TOO_LONG, refused(fits + "x").code());
        // 'é' is two bytes in UTF-8: half as many characters reach the limit
        String accents = prefix + "é".repeat((Protocol.MAX_LINE_BYTES - prefix.length()) / 2 + 1);
        assertTrue(accents.length() < Protocol.MAX_LINE_BYTES);
        assertEquals(ErrorCode.LINE_TOO_LONG, refused(accents).code());
        byte[] big = new byte[Protocol.MAX_LINE_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        try {
            Line.decode(big, 0, big.length);
            fail();
        } catch (MalformedLineException ex) {
            assertEquals(ErrorCode.LINE_TOO_LONG, ex.code());
            assertEquals("ERROR 2 line too long (max 16384 bytes)", ex.toErrorLine());
        }
    }

    @Test
    public void utf8IsDecodedStrictly() throws Exception {
        byte[] ok = "#1 SET PROFILE FULLNAME Ms Möneypenny 日本 😀".getBytes(StandardCharsets.UTF_8);
        Words w = Line.decode(ok, 0, ok.length).words();
        w.next("c");
        w.next("o");
        w.next("p");
        assertEquals("Ms Möneypenny 日本 😀", w.rest());

        byte[] bad = {'#', '1', ' ', 'P', (byte) 0xC3, (byte) 0x28};
        try {
            Line.decode(bad, 0, bad.length);
            fail();
        } catch (MalformedLineException e) {
            assertEquals(ErrorCode.MALFORMED, e.code());
            assertEquals("ERROR 3 invalid UTF-8", e.toErrorLine());
        }
        byte[] overlong = {'P', (byte) 0xC0, (byte) 0xAF};
        try {
            Line.decode(overlong, 0, overlong.length);
            fail();
        } catch (MalformedLineException e) {
            assertEquals(ErrorCode.MALFORMED, e.code());
        }
    }

    @Test
    public void utf8LengthCountsBytes() {
        assertEquals(1, Line.utf8Length("a"));
        assertEquals(2, Line.utf8Length("é"));
        assertEquals(3, Line.utf8Length("日"));
        assertEquals(4, Line.utf8Length("😀"));
        for (String s : new String[] {"abc", "Möneypenny", "日本語", "a😀b"}) {
            assertEquals(s, s.getBytes(StandardCharsets.UTF_8).length, Line.utf8Length(s));
        }
    }

    @Test
    public void formatterRefusesWhatTheParserWouldRefuse() {
        assertEquals("#9 PONG", Line.format("9", "PONG"));
        assertEquals("CALL 3 STATUS RINGING", Line.notification("CALL 3 STATUS RINGING").toString());
        for (Runnable r : new Runnable[] {
            () -> Line.format("a b", "PONG"),
            () -> Line.format("1", "PROFILE ABOUT two\nlines"),
            () -> Line.format("1", ""),
            () -> Line.notification("x".repeat(Protocol.MAX_LINE_BYTES)),
        }) {
            try {
                r.run();
                fail();
            } catch (IllegalArgumentException expected) {
                assertFalse(expected.getMessage().isEmpty());
            }
        }
        assertEquals("two lines", Line.sanitize("two\nlines"));
        assertFalse(Line.isValidValue("a\nb"));
        assertTrue(Line.isValidValue("a\tb"));
    }

    @Test
    public void wordsCursorHelpers() throws Exception {
        Words w = Words.of("CALL bob MEDIA TCP CODECS 0,8 TOPIC a b");
        w.expect("CALL");
        assertEquals("bob", w.next("target"));
        assertEquals("MEDIA", w.peek());
        assertTrue(w.accept("MEDIA"));
        assertFalse(w.accept("CODECS"));
        assertEquals("TCP", w.next("media"));
        w.expect("CODECS");
        w.next("codecs");
        assertTrue(w.accept("TOPIC"));
        assertEquals("a b", w.rest());
        w.end("TOPIC");

        Words extra = Words.of("PING now");
        extra.next("command");
        ProtocolException e = failing(() -> extra.end("PING"));
        assertEquals("ERROR 4 unexpected 'now' after PING", e.toReply());
        ProtocolException n = failing(() -> Words.of("99999").nextInt("seconds", 600));
        assertEquals("ERROR 4 invalid seconds 99999 (0-600)", n.toReply());
    }
}
