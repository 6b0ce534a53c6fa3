package org.strowger.manager.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.manager.ManagerHeader;

/**
 * Splits the byte stream of a connection into messages as Asterisk's get_input and do_message do:
 * lines end in LF (a CR before it is dropped); a line may hold at most 1024 bytes with its end;
 * at most 128 header lines are kept per message; an empty line ends the message.
 */
public final class MessageReader {

    /** Asterisk's inbuf[1025] less the terminating NUL. */
    public static final int MAX_LINE = 1024;
    /** AST_MAX_MANHEADERS. */
    public static final int MAX_HEADERS = 128;

    private static final Logger LOG = LoggerFactory.getLogger(MessageReader.class);

    /** One message as read, with what went wrong while reading it. */
    public record Message(List<ManagerHeader> headers, boolean lineTooLong, boolean tooManyHeaders) {

        public Message {
            headers = List.copyOf(headers);
        }
    }

    private final InputStream in;
    private final byte[] line = new byte[MAX_LINE];
    private int length;

    public MessageReader(InputStream in) {
        this.in = in;
    }

    /** The next message, or {@code null} at the end of the stream. */
    public Message next() throws IOException {
        List<ManagerHeader> headers = new ArrayList<>();
        boolean lineTooLong = false;
        boolean tooManyHeaders = false;
        int lines = 0;
        while (true) {
            LineResult result = readLine();
            if (result == null) {
                return null;
            }
            if (result.tooLong) {
                lineTooLong = true;
                continue;
            }
            String text = result.text;
            if (text.isEmpty()) {
                return new Message(headers, lineTooLong, tooManyHeaders);
            }
            if (lines >= MAX_HEADERS) {
                tooManyHeaders = true;
                continue;
            }
            lines++;
            ManagerHeader header = parseHeader(text);
            if (header != null) {
                headers.add(header);
            }
        }
    }

    /**
     * {@code Name: value}; leading blanks of the value are skipped, trailing ones kept. A line
     * without a colon occupies a header slot but no lookup can ever find it.
     */
    static ManagerHeader parseHeader(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return null;
        }
        int start = colon + 1;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        return new ManagerHeader(text.substring(0, colon), text.substring(start));
    }

    private record LineResult(String text, boolean tooLong) {
    }

    private LineResult readLine() throws IOException {
        while (true) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            if (b == '\n') {
                int end = length;
                if (end > 0 && line[end - 1] == '\r') {
                    end--;
                }
                String text = new String(line, 0, end, StandardCharsets.UTF_8);
                length = 0;
                return new LineResult(text, false);
            }
            line[length++] = (byte) b;
            if (length == MAX_LINE) {
                // get_input: a full buffer without LF is dropped except its last byte, which starts the next line
                LOG.warn("Line too long");
                line[0] = line[MAX_LINE - 1];
                length = 1;
                return new LineResult(null, true);
            }
        }
    }
}
