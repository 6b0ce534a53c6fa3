package org.strowger.community.protocol;

/**
 * A cursor over the words of a line body. Words are separated by exactly one space; {@link #rest()} is the
 * rest-of-line value after the last word taken, kept byte for byte.
 */
public final class Words {
    private final String text;
    /** Column of the body's first character in the whole line (0-based), for error messages. */
    private final int base;
    private int pos;

    Words(String text, int base) {
        this.text = text;
        this.base = base;
    }

    /** A cursor over any text (tests, admin words). */
    public static Words of(String text) {
        return new Words(text, 0);
    }

    public boolean hasMore() {
        return pos < text.length();
    }

    /** The next word; {@code what} names it in the error when it is missing ({@code ERROR 5 missing <what>}). */
    public String next(String what) throws ProtocolException {
        if (pos >= text.length()) {
            throw new ProtocolException(ErrorCode.MISSING_ARGUMENT, "missing " + what);
        }
        if (text.charAt(pos) == ' ') {
            throw new ProtocolException(ErrorCode.MALFORMED, "empty word at column " + (base + pos + 1));
        }
        int end = text.indexOf(' ', pos);
        String word;
        if (end < 0) {
            word = text.substring(pos);
            pos = text.length();
        } else {
            word = text.substring(pos, end);
            pos = end + 1;
        }
        return word;
    }

    /** The next word without taking it, or null at the end. */
    public String peek() {
        if (pos >= text.length()) {
            return null;
        }
        int end = text.indexOf(' ', pos);
        return end < 0 ? text.substring(pos) : text.substring(pos, end);
    }

    /** The next word if it equals {@code word} (then taken), else false and nothing taken. */
    public boolean accept(String word) {
        if (word.equals(peek())) {
            pos = Math.min(text.length(), pos + word.length() + 1);
            return true;
        }
        return false;
    }

    /** The next word, which must be {@code expected}. */
    public void expect(String expected) throws ProtocolException {
        String w = next(expected);
        if (!w.equals(expected)) {
            throw new ProtocolException(ErrorCode.INVALID_ARGUMENT, "expected " + expected + " but got " + w);
        }
    }

    /** Everything after the words taken so far (may be empty, may contain spaces); takes it. */
    public String rest() {
        String r = text.substring(Math.min(pos, text.length()));
        pos = text.length();
        return r;
    }

    /** Fails when anything is left: {@code ERROR 4 unexpected '<rest>' after <after>}. */
    public void end(String after) throws ProtocolException {
        if (pos < text.length()) {
            throw new ProtocolException(ErrorCode.INVALID_ARGUMENT,
                    "unexpected '" + text.substring(pos) + "' after " + after);
        }
    }

    /** The next word as a non-negative int of at most {@code max}. */
    public int nextInt(String what, int max) throws ProtocolException {
        String w = next(what);
        try {
            int v = Integer.parseInt(w);
            if (v < 0 || v > max) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ProtocolException(ErrorCode.INVALID_ARGUMENT, "invalid " + what + " " + w + " (0-" + max + ")");
        }
    }
}
