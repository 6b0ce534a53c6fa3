package org.strowger.core.internal.dialplan;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asterisk's extension names and patterns (main/pbx.c): how a name is cleaned when it is registered
 * ({@code ext_strncpy}), how two names sort ({@code ext_cmp}: the order in which a context is searched
 * and {@code dialplan show} lists it) and whether a dialled number matches one
 * ({@code _extension_match_core}).
 *
 * <p>A pattern starts with {@code _}: {@code X} is 0-9, {@code Z} 1-9, {@code N} 2-9, {@code [a-c7]}
 * a set, {@code .} one or more of anything and {@code !} zero or more. A {@code -} outside a set is
 * only there to help people read numbers and is ignored everywhere.
 */
public final class ExtensionPattern {

    private static final Logger LOG = LoggerFactory.getLogger(ExtensionPattern.class);

    /** What a match asks for (Asterisk's {@code ext_match_t}). */
    public enum Mode {
        /** The number is complete and must match exactly ({@code E_MATCH}). */
        MATCH,
        /** The number matches or could match with more digits ({@code E_CANMATCH}). */
        CAN_MATCH,
        /** The number could match only with more digits ({@code E_MATCHMORE}). */
        MATCH_MORE
    }

    /** {@code _extension_match_core}: no match. */
    public static final int NO_MATCH = 0;
    /** {@code _extension_match_core}: a match. */
    public static final int MATCHED = 1;
    /** {@code _extension_match_core}: an early match through a trailing {@code !}. */
    public static final int EARLY_MATCH = 2;

    /* ext_cmp_pattern_pos scores: a wildcard sorts after every set, the end after the wildcards. */
    private static final int DOT = 0x18000;
    private static final int BANG = 0x28000;
    private static final int END = 0x30000;
    private static final int BAD_SET = 0x40000;

    private ExtensionPattern() {
    }

    public static boolean isPattern(String name) {
        return name.startsWith("_");
    }

    /**
     * {@code ext_strncpy}: the name with blanks removed and, with {@code removeDashes}, the dashes too;
     * both stay inside the {@code [...]} sets of a pattern, where they mean something.
     */
    public static String clean(String text, boolean removeDashes) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pattern = isPattern(text);
        boolean inSquares = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                if (pattern) {
                    inSquares = true;
                }
            } else if (c == ']') {
                inSquares = false;
            } else if (c == ' ' && !inSquares) {
                continue;
            } else if (c == '-' && !inSquares && removeDashes) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * {@code ext_cmp}: plain extensions before patterns, plain ones by their characters, patterns by
     * how specific they are at the first place they differ (a smaller set first, {@code .} and
     * {@code !} last).
     */
    public static int compare(String left, String right) {
        if (!isPattern(left)) {
            return isPattern(right) ? -1 : compareExact(left, right);
        }
        if (!isPattern(right)) {
            return 1;
        }
        return comparePatterns(left.substring(1), right.substring(1));
    }

    /** {@code ext_cmp_exten}: character by character, dashes skipped. */
    static int compareExact(String left, String right) {
        int l = 0;
        int r = 0;
        while (true) {
            l = skipDashes(left, l);
            r = skipDashes(right, r);
            int cmp = charAt(left, l) - charAt(right, r);
            if (cmp != 0 || l >= left.length()) {
                return cmp;
            }
            l++;
            r++;
        }
    }

    /** {@code ext_cmp_exten_partial}: equal as far as {@code right} goes. */
    private static int comparePartial(String left, String right) {
        int l = 0;
        int r = 0;
        while (true) {
            l = skipDashes(left, l);
            r = skipDashes(right, r);
            if (r >= right.length()) {
                return 0;
            }
            int cmp = charAt(left, l) - charAt(right, r);
            if (cmp != 0) {
                return cmp;
            }
            l++;
            r++;
        }
    }

    /** {@code ext_cmp_pattern}, the leading {@code _} already removed from both. */
    static int comparePatterns(String left, String right) {
        Cursor l = new Cursor(left);
        Cursor r = new Cursor(right);
        while (true) {
            byte[] leftBits = new byte[32];
            byte[] rightBits = new byte[32];
            int cmp = position(l, leftBits) - position(r, rightBits);
            if (cmp == 0) {
                // Same score, different sets: the one holding the lower characters first (note the swap).
                cmp = compareUnsigned(rightBits, leftBits);
            }
            if (cmp != 0 || l.ended) {
                return cmp;
            }
        }
    }

    /**
     * {@code ext_cmp_pattern_pos}: the score of the next place of a pattern, bits 0-7 the first
     * character of its set and bits 8-15 the size of the set, with the characters in {@code bits}.
     */
    private static int position(Cursor p, byte[] bits) {
        int count;
        int min;
        do {
            char c;
            do {
                c = p.next();
            } while (c == '-');
            switch (c) {
                case 'n', 'N' -> {
                    bits[6] = 0x3f;
                    bits[7] = (byte) 0xc0;
                    return 0x0800 | '2';
                }
                case 'x', 'X' -> {
                    bits[6] = (byte) 0xff;
                    bits[7] = (byte) 0xc0;
                    return 0x0A00 | '0';
                }
                case 'z', 'Z' -> {
                    bits[6] = 0x7f;
                    bits[7] = (byte) 0xc0;
                    return 0x0900 | '1';
                }
                case '.' -> {
                    return DOT;
                }
                case '!' -> {
                    return BANG;
                }
                case 0 -> {
                    p.ended = true;
                    return END;
                }
                case '[' -> {
                    // a set: scored below
                }
                default -> {
                    int b = c & 0xff;
                    bits[b / 8] = (byte) (1 << (7 - b % 8));
                    return 0x0100 | b;
                }
            }
            int end = p.text.indexOf(']', p.at);
            if (end < 0) {
                LOG.warn("Wrong usage of [] in the extension");
                return BAD_SET;
            }
            count = 0;
            min = 0xff;
            for (; p.at < end; p.at++) {
                int first = p.text.charAt(p.at) & 0xff;
                int last = first;
                if (p.at + 2 < end && p.text.charAt(p.at + 1) == '-') {
                    last = p.text.charAt(p.at + 2) & 0xff;
                    p.at += 2;
                }
                min = Math.min(min, first);
                for (int ch = first; ch <= last; ch++) {
                    int mask = 1 << (7 - ch % 8);
                    if ((bits[ch / 8] & mask) == 0) {
                        bits[ch / 8] |= (byte) mask;
                        count += 0x100;
                    }
                }
            }
            p.at++; // past the ']'
        } while (count == 0); // an empty set is skipped
        return count | min;
    }

    /**
     * {@code _extension_match_core}: whether {@code data} (a dialled number) matches {@code pattern}
     * (an extension name as registered).
     *
     * @return {@link #NO_MATCH}, {@link #MATCHED} or {@link #EARLY_MATCH}
     */
    public static int match(String pattern, String data, Mode mode) {
        if (!isPattern(pattern)) {
            int lp = lengthWithoutDashes(pattern);
            int ld = lengthWithoutDashes(data);
            if (lp < ld) {
                return NO_MATCH;
            }
            if (mode == Mode.MATCH) {
                return compareExact(pattern, data) == 0 ? MATCHED : NO_MATCH;
            }
            if (ld == 0 || comparePartial(pattern, data) == 0) {
                return mode == Mode.MATCH_MORE ? (lp > ld ? MATCHED : NO_MATCH) : MATCHED;
            }
            return NO_MATCH;
        }
        if (mode == Mode.MATCH && isPattern(data) && comparePatterns(pattern.substring(1), data.substring(1)) == 0) {
            // A pattern given as the number matches itself (so that _X. finds _X.).
            return MATCHED;
        }
        int p = 1;
        int d = 0;
        while (true) {
            d = skipDashes(data, d);
            p = skipDashes(pattern, p);
            if (d >= data.length() || p >= pattern.length() || pattern.charAt(p) == '/') {
                break;
            }
            char digit = data.charAt(d);
            switch (pattern.charAt(p)) {
                case '[' -> {
                    p++;
                    int end = pattern.indexOf(']', p);
                    if (end < 0) {
                        LOG.warn("Wrong usage of [] in the extension");
                        return NO_MATCH;
                    }
                    if (p == end) {
                        p++; // an empty set is ignored
                        continue;
                    }
                    boolean found = false;
                    for (; p < end; p++) {
                        if (p + 2 < end && pattern.charAt(p + 1) == '-') {
                            if (digit >= pattern.charAt(p) && digit <= pattern.charAt(p + 2)) {
                                found = true;
                                break;
                            }
                            p += 2;
                        } else if (digit == pattern.charAt(p)) {
                            found = true;
                            break;
                        }
                    }
                    if (!found) {
                        return NO_MATCH;
                    }
                    p = end;
                }
                case 'n', 'N' -> {
                    if (digit < '2' || digit > '9') {
                        return NO_MATCH;
                    }
                }
                case 'x', 'X' -> {
                    if (digit < '0' || digit > '9') {
                        return NO_MATCH;
                    }
                }
                case 'z', 'Z' -> {
                    if (digit < '1' || digit > '9') {
                        return NO_MATCH;
                    }
                }
                case '.' -> {
                    return MATCHED;
                }
                case '!' -> {
                    return EARLY_MATCH;
                }
                default -> {
                    if (digit != pattern.charAt(p)) {
                        return NO_MATCH;
                    }
                }
            }
            d++;
            p++;
        }
        if (d < data.length()) {
            return NO_MATCH; // the number is longer than the pattern
        }
        char next = p < pattern.length() ? pattern.charAt(p) : 0;
        if (next == 0 || next == '/') {
            return mode == Mode.MATCH_MORE ? NO_MATCH : MATCHED;
        }
        if (next == '!') {
            return EARLY_MATCH;
        }
        return mode == Mode.MATCH ? NO_MATCH : MATCHED;
    }

    /** {@code ast_extension_match}: the number matches the extension or pattern. */
    public static boolean matches(String pattern, String data) {
        return match(pattern, data, Mode.MATCH) != NO_MATCH;
    }

    /**
     * {@code matchcid}: an unknown caller matches only an empty caller-ID match; a known one is matched
     * like an extension (so {@code _NXX.} works as a caller-ID match too).
     */
    public static boolean matchesCallerId(String callerIdPattern, String callerId) {
        if (callerId == null || callerId.isEmpty()) {
            return callerIdPattern.isEmpty();
        }
        return matches(callerIdPattern, callerId);
    }

    private static int lengthWithoutDashes(String text) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '-') {
                length++;
            }
        }
        return length;
    }

    private static int skipDashes(String text, int at) {
        while (at < text.length() && text.charAt(at) == '-') {
            at++;
        }
        return at;
    }

    /** The character at {@code at}, or C's terminating NUL past the end. */
    private static char charAt(String text, int at) {
        return at < text.length() ? text.charAt(at) : 0;
    }

    private static int compareUnsigned(byte[] a, byte[] b) {
        for (int i = 0; i < a.length; i++) {
            int cmp = Byte.toUnsignedInt(a[i]) - Byte.toUnsignedInt(b[i]);
            if (cmp != 0) {
                return cmp;
            }
        }
        return 0;
    }

    /** A read position in a pattern, as the C code advances its {@code const char **}. */
    private static final class Cursor {
        final String text;
        int at;
        boolean ended;

        Cursor(String text) {
            this.text = text;
        }

        char next() {
            char c = at < text.length() ? text.charAt(at) : 0;
            at++;
            return c;
        }
    }
}
