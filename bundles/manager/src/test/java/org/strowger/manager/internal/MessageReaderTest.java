package org.strowger.manager.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.Test;
import org.strowger.api.manager.ManagerRequest;

/** Framing as Asterisk's get_input/do_message: CRLF or LF, 1024-byte lines, 128 headers. */
public class MessageReaderTest {

    private static MessageReader reader(String text) {
        return new MessageReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    public void acceptsCrlfAndBareLf() throws IOException {
        MessageReader reader = reader("Action: Ping\r\nActionID: 1\r\n\r\naction: ping\nactionid: 2\n\n");
        ManagerRequest first = new ManagerRequest(reader.next().headers());
        ManagerRequest second = new ManagerRequest(reader.next().headers());
        assertEquals("Ping", first.action());
        assertEquals("1", first.actionId());
        assertEquals("ping", second.action());
        assertEquals("2", second.actionId());
        assertNull(reader.next());
    }

    @Test
    public void valueKeepsTrailingBlanksAndNameMustTouchColon() throws IOException {
        ManagerRequest request = new ManagerRequest(reader("Action:   Ping  \r\nActionID : x\r\n\r\n").next().headers());
        assertEquals("Ping  ", request.action());
        assertEquals("a space before the colon makes another header", "", request.actionId());
    }

    @Test
    public void aLineOf1024BytesWithItsCrlfIsAccepted() throws IOException {
        String value = "x".repeat(1024 - "ActionID: ".length() - 2);
        MessageReader.Message message = reader("Action: Ping\r\nActionID: " + value + "\r\n\r\n").next();
        assertFalse(message.lineTooLong());
        assertEquals(value, new ManagerRequest(message.headers()).actionId());
    }

    @Test
    public void aLongerLineSpoilsTheMessageButNotTheConnection() throws IOException {
        String value = "x".repeat(1500);
        MessageReader reader = reader("Action: Ping\r\nActionID: " + value + "\r\n\r\nAction: Ping\r\n\r\n");
        MessageReader.Message message = reader.next();
        assertTrue(message.lineTooLong());
        MessageReader.Message next = reader.next();
        assertFalse(next.lineTooLong());
        assertEquals("Ping", new ManagerRequest(next.headers()).action());
    }

    @Test
    public void keeps128HeadersAndFlagsMore() throws IOException {
        StringBuilder ok = new StringBuilder("Action: Ping\r\n");
        for (int i = 1; i < 128; i++) {
            ok.append("X-").append(i).append(": v\r\n");
        }
        MessageReader.Message full = reader(ok + "\r\n").next();
        assertFalse(full.tooManyHeaders());
        assertEquals(128, full.headers().size());

        MessageReader.Message over = reader(ok + "X-128: v\r\nActionID: lost\r\n\r\n").next();
        assertTrue(over.tooManyHeaders());
        assertEquals(128, over.headers().size());
        assertEquals("", new ManagerRequest(over.headers()).actionId());
    }

    @Test
    public void anEmptyLineAloneIsAMessageWithoutHeaders() throws IOException {
        MessageReader.Message message = reader("\r\n").next();
        assertTrue(message.headers().isEmpty());
    }
}
