package org.strowger.core.internal.dialplan.expr;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * POSIX extended regular expressions as Asterisk's {@code :} and {@code =~} run them through glibc's
 * {@code regcomp(REG_EXTENDED)} / {@code regexec} in the C locale, on top of {@link java.util.regex}:
 * the pattern is translated (bracket expressions, {@code $}, GNU escapes, stacked repetitions), matching
 * works on the UTF-8 bytes as the C code does, and the match is POSIX's leftmost-longest rather than
 * Java's leftmost-first ({@code "ab" : "(a|ab)"} gives {@code ab}).
 *
 * <p>Compiled patterns are kept in a small LRU cache: dialplans use a handful of fixed patterns.
 */
final class PosixRegex {

    /** A compiled pattern or regcomp's error message. */
    record Compiled(Pattern pattern, int groupCount, String error) {
    }

    /** The outcome of regexec with two match slots, as op_colon/op_eqtilde read it. */
    record Match(int length, String firstGroup) {
    }

    private static final int CACHE_SIZE = 64;
    /** Beyond this subject length the longest-match search is skipped (Java's own match is taken). */
    private static final int LONGEST_SEARCH_LIMIT = 512;

    private static final Map<String, Compiled> CACHE = new LinkedHashMap<>(CACHE_SIZE * 2, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Compiled> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private PosixRegex() {
    }

    static Compiled compile(String posixPattern) {
        synchronized (CACHE) {
            Compiled cached = CACHE.get(posixPattern);
            if (cached != null) {
                return cached;
            }
        }
        Compiled compiled = translateAndCompile(toBytes(posixPattern));
        synchronized (CACHE) {
            CACHE.put(posixPattern, compiled);
        }
        return compiled;
    }

    /**
     * regexec(subject) with the leftmost-longest rule.
     *
     * @param anchored whether only a match starting at the first character counts (op_colon checks
     *                 {@code rm_so == 0} after an unanchored search)
     * @return null when there is no match
     */
    static Match match(Compiled compiled, String subject, boolean anchored) {
        String bytes = toBytes(subject);
        Matcher matcher = compiled.pattern().matcher(bytes);
        matcher.useAnchoringBounds(false);
        matcher.useTransparentBounds(true);
        if (!matcher.find() || anchored && matcher.start() != 0) {
            return null;
        }
        int start = matcher.start();
        int end = matcher.end();
        String group = compiled.groupCount() > 0 ? matcher.group(1) : null;
        if (bytes.length() <= LONGEST_SEARCH_LIMIT) {
            for (int candidate = bytes.length(); candidate > end; candidate--) {
                matcher.region(start, candidate);
                if (matcher.matches()) {
                    end = candidate;
                    group = compiled.groupCount() > 0 ? matcher.group(1) : null;
                    break;
                }
            }
        }
        return new Match(end - start, group == null ? null : fromBytes(group));
    }

    /** The string's UTF-8 bytes, one char each: the C locale's view of the text. */
    private static String toBytes(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            }
        }
        return text;
    }

    private static String fromBytes(String bytes) {
        for (int i = 0; i < bytes.length(); i++) {
            if (bytes.charAt(i) >= 0x80) {
                return new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
        }
        return bytes;
    }

    // ---- translation from POSIX ERE (glibc flavour) to java.util.regex

    private static final class BadPattern extends Exception {
        private static final long serialVersionUID = 1L;

        BadPattern(String message) {
            super(message, null, false, false);
        }
    }

    private static Compiled translateAndCompile(String posix) {
        try {
            Translation translation = new Translation(posix);
            String java = translation.translate();
            Pattern pattern = Pattern.compile(java, Pattern.DOTALL);
            return new Compiled(pattern, translation.groups, null);
        } catch (BadPattern e) {
            return new Compiled(null, 0, e.getMessage());
        } catch (PatternSyntaxException e) {
            return new Compiled(null, 0, "Invalid regular expression");
        }
    }

    private static final class Translation {
        private final String p;
        private final StringBuilder out = new StringBuilder();
        private int i;
        private int groups;
        private int closedGroups;
        /** Where the last atom starts in {@link #out}, -1 when a repetition would have nothing to repeat. */
        private int atomStart = -1;
        private boolean afterRepetition;
        private final int[] openAt = new int[256];
        private final int[] openNumber = new int[256];
        private int depth;

        Translation(String posix) {
            this.p = posix;
        }

        String translate() throws BadPattern {
            while (i < p.length()) {
                char c = p.charAt(i);
                switch (c) {
                    case '\\' -> escape();
                    case '[' -> atom(this::bracket);
                    case '(' -> open();
                    case ')' -> close();
                    case '|' -> {
                        out.append('|');
                        atomStart = -1;
                        afterRepetition = false;
                        i++;
                    }
                    case '*', '+', '?' -> {
                        repetition(String.valueOf(c));
                        i++;
                    }
                    case '{' -> interval();
                    case '^' -> {
                        out.append('^');
                        atomStart = -1;
                        afterRepetition = false;
                        i++;
                    }
                    case '$' -> {
                        // Java's '$' also matches before a final newline; POSIX's only at the very end
                        out.append("\\z");
                        atomStart = -1;
                        afterRepetition = false;
                        i++;
                    }
                    case '.' -> atom(() -> {
                        out.append('.');
                        i++;
                    });
                    default -> atom(() -> {
                        literal(out, c);
                        i++;
                    });
                }
            }
            if (depth > 0) {
                throw new BadPattern("Unmatched ( or \\(");
            }
            return out.toString();
        }

        private interface Step {
            void run() throws BadPattern;
        }

        private void atom(Step step) throws BadPattern {
            atomStart = out.length();
            afterRepetition = false;
            step.run();
        }

        private void escape() throws BadPattern {
            if (i + 1 >= p.length()) {
                throw new BadPattern("Trailing backslash");
            }
            char d = p.charAt(i + 1);
            i += 2;
            switch (d) {
                case 'w', 'W', 's', 'S' -> atom(() -> out.append('\\').append(d));
                case 'b', 'B' -> anchor("\\" + d);
                case '<' -> anchor("\\b(?=\\w)");
                case '>' -> anchor("\\b(?<=\\w)");
                case '`' -> anchor("\\A");
                case '\'' -> anchor("\\z");
                default -> {
                    if (d >= '1' && d <= '9') {
                        if (d - '0' > closedGroups) {
                            throw new BadPattern("Invalid back reference");
                        }
                        atom(() -> out.append("(?:\\").append(d).append(')'));
                    } else {
                        atom(() -> literal(out, d));
                    }
                }
            }
        }

        private void anchor(String java) {
            out.append(java);
            atomStart = -1;
            afterRepetition = false;
        }

        private void open() throws BadPattern {
            if (depth == openAt.length) {
                throw new BadPattern("Regular expression too big");
            }
            groups++;
            openAt[depth] = out.length();
            openNumber[depth] = groups;
            depth++;
            out.append('(');
            atomStart = -1;
            afterRepetition = false;
            i++;
        }

        private void close() {
            i++;
            if (depth == 0) {
                // an unmatched ')' is an ordinary character in glibc's ERE
                atomStart = out.length();
                afterRepetition = false;
                out.append("\\)");
                return;
            }
            depth--;
            closedGroups = Math.max(closedGroups, openNumber[depth]);
            out.append(')');
            atomStart = openAt[depth];
            afterRepetition = false;
        }

        private void repetition(String quantifier) throws BadPattern {
            if (atomStart < 0) {
                throw new BadPattern("Invalid preceding regular expression");
            }
            if (afterRepetition) {
                // POSIX allows a** or a{2}{3}: a repetition of the repeated atom; Java needs a group for it
                out.insert(atomStart, "(?:");
                out.append(')');
            }
            out.append(quantifier);
            afterRepetition = true;
        }

        private void interval() throws BadPattern {
            int close = p.indexOf('}', i);
            if (close < 0) {
                throw new BadPattern("Unmatched \\{");
            }
            String body = p.substring(i + 1, close);
            int comma = body.indexOf(',');
            String minText = comma < 0 ? body : body.substring(0, comma);
            String maxText = comma < 0 ? body : body.substring(comma + 1);
            if (!minText.chars().allMatch(Character::isDigit) || !maxText.chars().allMatch(Character::isDigit)
                    || comma < 0 && minText.isEmpty()) {
                throw new BadPattern("Invalid content of \\{\\}");
            }
            int min = minText.isEmpty() ? 0 : parseBound(minText);
            if (!maxText.isEmpty() && parseBound(maxText) < min) {
                throw new BadPattern("Invalid content of \\{\\}");
            }
            String quantifier = comma < 0 ? "{" + min + "}" : "{" + min + "," + maxText + "}";
            i = close + 1;
            repetition(quantifier);
        }

        private static int parseBound(String digits) throws BadPattern {
            if (digits.length() > 5 || Integer.parseInt(digits) > 0x7fff) {
                throw new BadPattern("Regular expression too big");
            }
            return Integer.parseInt(digits);
        }

        /** {@code [...]}: backslash is literal inside, ']' first is literal, classes, equivalences and collating symbols. */
        private void bracket() throws BadPattern {
            int j = i + 1;
            StringBuilder set = new StringBuilder("[");
            if (j < p.length() && p.charAt(j) == '^') {
                set.append('^');
                j++;
            }
            boolean first = true;
            while (true) {
                if (j >= p.length()) {
                    throw new BadPattern("Unmatched [, [^, [:, [., or [=");
                }
                char c = p.charAt(j);
                if (c == ']' && !first) {
                    j++;
                    break;
                }
                first = false;
                if (c == '[' && j + 1 < p.length() && p.charAt(j + 1) == ':') {
                    int end = p.indexOf(":]", j + 2);
                    if (end < 0) {
                        throw new BadPattern("Unmatched [, [^, [:, [., or [=");
                    }
                    set.append(characterClass(p.substring(j + 2, end)));
                    j = end + 2;
                    continue;
                }
                int[] element = new int[2];
                j = element(j, element);
                int low = element[0];
                if (j + 1 < p.length() && p.charAt(j) == '-' && p.charAt(j + 1) != ']') {
                    int[] high = new int[2];
                    j = element(j + 1, high);
                    if (high[0] < low) {
                        throw new BadPattern("Invalid range end");
                    }
                    literal(set, (char) low);
                    set.append('-');
                    literal(set, (char) high[0]);
                } else {
                    literal(set, (char) low);
                }
            }
            out.append(set).append(']');
            i = j;
        }

        /** One character of a bracket expression at j ({@code x}, {@code [.x.]} or {@code [=x=]}); returns the next index. */
        private int element(int j, int[] into) throws BadPattern {
            char c = p.charAt(j);
            if (c == '[' && j + 1 < p.length() && (p.charAt(j + 1) == '.' || p.charAt(j + 1) == '=')) {
                char kind = p.charAt(j + 1);
                int end = p.indexOf(kind + "]", j + 2);
                if (end < 0) {
                    throw new BadPattern("Unmatched [, [^, [:, [., or [=");
                }
                if (end != j + 3) {
                    throw new BadPattern("Invalid collation character");
                }
                into[0] = p.charAt(j + 2);
                return end + 2;
            }
            into[0] = c;
            return j + 1;
        }

        private static String characterClass(String name) throws BadPattern {
            return switch (name) {
                case "alpha" -> "\\p{Alpha}";
                case "digit" -> "\\p{Digit}";
                case "alnum" -> "\\p{Alnum}";
                case "upper" -> "\\p{Upper}";
                case "lower" -> "\\p{Lower}";
                case "space" -> "\\p{Space}";
                case "blank" -> "\\p{Blank}";
                case "punct" -> "\\p{Punct}";
                case "print" -> "\\p{Print}";
                case "graph" -> "\\p{Graph}";
                case "cntrl" -> "\\p{Cntrl}";
                case "xdigit" -> "\\p{XDigit}";
                default -> throw new BadPattern("Invalid character class name");
            };
        }

        private static void literal(StringBuilder into, char c) {
            if (c < 0x80 && !Character.isLetterOrDigit(c)) {
                into.append('\\');
            }
            into.append(c);
        }
    }
}
