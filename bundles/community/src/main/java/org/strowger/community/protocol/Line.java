package org.strowger.community.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * One protocol line (protocol section 1): an optional {@code #id} and a body of words ending in a rest-of-line
 * value. Immutable; {@link #words()} gives a fresh cursor over the body each time.
 */
public final class Line {
    private final String id;
    private final String body;

    private Line(String id, String body) {
        this.id = id;
        this.body = body;
    }

    /** The correlation id without '#', or null for a notification or media line. */
    public String id() {
        return id;
    }

    public boolean hasId() {
        return id != null;
    }

    /** Everything after {@code #id }: keyword, words and value. */
    public String body() {
        return body;
    }

    /** A cursor over the body's words. */
    public Words words() {
        return new Words(body, id == null ? 0 : id.length() + 2);
    }

    /** The first word of the body (the keyword), or "" when the body is empty. */
    public String keyword() {
        int sp = body.indexOf(' ');
        return sp < 0 ? body : body.substring(0, sp);
    }

    /** The line as sent, without the LF. */
    @Override
    public String toString() {
        return id == null ? body : "#" + id + " " + body;
    }

    /**
     * Decodes the bytes of one line (without LF) as strict UTF-8 and parses it.
     *
     * @throws MalformedLineException for too many bytes, invalid UTF-8 or a line {@link #parse} refuses
     */
    public static Line decode(byte[] bytes, int offset, int length) throws MalformedLineException {
        if (length > Protocol.MAX_LINE_BYTES) {
            throw new MalformedLineException(ErrorCode.LINE_TOO_LONG, ErrorCode.LINE_TOO_LONG.text(), null);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedLineException(ErrorCode.MALFORMED, "invalid UTF-8", null);
        }
        return parse(text);
    }

    /**
     * Parses a line already decoded (a trailing CR is dropped). Lines with {@code #} must have a valid id; the
     * exception then carries the id so that the error reply can be correlated.
     */
    public static Line parse(String text) throws MalformedLineException {
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        if (utf8Length(text) > Protocol.MAX_LINE_BYTES) {
            throw new MalformedLineException(ErrorCode.LINE_TOO_LONG, ErrorCode.LINE_TOO_LONG.text(), null);
        }
        String id = null;
        String body = text;
        if (text.startsWith("#")) {
            int sp = text.indexOf(' ');
            String candidate = sp < 0 ? text.substring(1) : text.substring(1, sp);
            if (!isValidId(candidate)) {
                throw new MalformedLineException(ErrorCode.MALFORMED,
                        "invalid id (1-16 of A-Z a-z 0-9 _ -)", null);
            }
            id = candidate;
            body = sp < 0 ? "" : text.substring(sp + 1);
        }
        int bad = firstControl(text);
        if (bad >= 0) {
            throw new MalformedLineException(ErrorCode.MALFORMED, String.format("control character U+%04X at column %d",
                    (int) text.charAt(bad), bad + 1), id);
        }
        if (body.isEmpty()) {
            throw new MalformedLineException(ErrorCode.MISSING_ARGUMENT, "missing command", id);
        }
        if (body.charAt(0) == ' ') {
            throw new MalformedLineException(ErrorCode.MALFORMED,
                    "empty word at column " + (text.length() - body.length() + 1), id);
        }
        return new Line(id, body);
    }

    /** A command or reply line: {@code #id body}. */
    public static Line of(String id, String body) {
        if (!isValidId(id)) {
            throw new IllegalArgumentException("invalid id " + id);
        }
        checkBody(body);
        return new Line(id, body);
    }

    /** A notification or media line (no id). */
    public static Line notification(String body) {
        checkBody(body);
        return new Line(null, body);
    }

    /** The wire text of a reply or command, for senders that do not need a {@code Line}: {@code #id body}. */
    public static String format(String id, String body) {
        return of(id, body).toString();
    }

    public static boolean isValidId(String id) {
        if (id == null || id.isEmpty() || id.length() > 16) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code value} can be sent as a rest-of-line value (no line breaks or other control characters). */
    public static boolean isValidValue(String value) {
        return firstControl(value) < 0;
    }

    /**
     * Makes text from elsewhere (a configuration file, an admin operation's output) sendable as a value: control
     * characters become spaces.
     */
    public static String sanitize(String value) {
        if (firstControl(value) < 0) {
            return value;
        }
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            b.append(isControl(c) ? ' ' : c);
        }
        return b.toString();
    }

    /** The number of bytes of the UTF-8 encoding of {@code s}. */
    public static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static void checkBody(String body) {
        if (body == null || body.isEmpty()) {
            throw new IllegalArgumentException("empty line");
        }
        int bad = firstControl(body);
        if (bad >= 0) {
            throw new IllegalArgumentException(String.format("control character U+%04X in line", (int) body.charAt(bad)));
        }
        if (utf8Length(body) + 18 > Protocol.MAX_LINE_BYTES) {
            throw new IllegalArgumentException("line longer than " + Protocol.MAX_LINE_BYTES + " bytes");
        }
    }

    private static int firstControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isControl(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t') || c == 0x7f;
    }
}
