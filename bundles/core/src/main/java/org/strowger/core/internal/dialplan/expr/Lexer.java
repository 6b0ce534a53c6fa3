package org.strowger.core.internal.dialplan.expr;

/**
 * The scanner of main/ast_expr2.fl, by hand. Spaces are optional around operators ($[1+1] is 2). A word
 * is a run of letters, digits, the characters . ' ; \ _ ^ # @, bytes above 127 and '$' followed by
 * anything but an opening brace, so a-b is three tokens but a.b one. A double-quoted string is one token
 * that keeps its quotes. An unexpanded variable reference ("${X}" and what sticks to it) is one token.
 * A character no rule matches (a single '~', brackets, braces, a lone double quote) is dropped, as
 * flex's default rule echoes it away.
 */
final class Lexer {

    private final String input;
    private int position;

    Lexer(String input) {
        this.input = input;
    }

    Token next() {
        int n = input.length();
        while (position < n) {
            int start = position;
            char c = input.charAt(position);
            switch (c) {
                case ' ', '\t', '\r', '\n' -> {
                    position++;
                    continue;
                }
                case '|' -> {
                    return operator(input.startsWith("||", start) ? 2 : 1, Token.Type.OR);
                }
                case '&' -> {
                    return operator(input.startsWith("&&", start) ? 2 : 1, Token.Type.AND);
                }
                case '=' -> {
                    if (input.startsWith("=~", start)) {
                        return operator(2, Token.Type.EQTILDE);
                    }
                    return operator(input.startsWith("==", start) ? 2 : 1, Token.Type.EQ);
                }
                case '~' -> {
                    if (input.startsWith("~~", start)) {
                        return operator(2, Token.Type.TILDETILDE);
                    }
                    position++;
                    continue;
                }
                case '>' -> {
                    return input.startsWith(">=", start) ? operator(2, Token.Type.GE) : operator(1, Token.Type.GT);
                }
                case '<' -> {
                    return input.startsWith("<=", start) ? operator(2, Token.Type.LE) : operator(1, Token.Type.LT);
                }
                case '!' -> {
                    return input.startsWith("!=", start) ? operator(2, Token.Type.NE) : operator(1, Token.Type.COMPL);
                }
                case ':' -> {
                    return input.startsWith("::", start) ? operator(2, Token.Type.COLONCOLON) : operator(1, Token.Type.COLON);
                }
                case '+' -> {
                    return operator(1, Token.Type.PLUS);
                }
                case ',' -> {
                    return operator(1, Token.Type.COMMA);
                }
                case '-' -> {
                    return operator(1, Token.Type.MINUS);
                }
                case '*' -> {
                    return operator(1, Token.Type.MULT);
                }
                case '/' -> {
                    return operator(1, Token.Type.DIV);
                }
                case '%' -> {
                    return operator(1, Token.Type.MOD);
                }
                case '?' -> {
                    return operator(1, Token.Type.COND);
                }
                case '(' -> {
                    return operator(1, Token.Type.LP);
                }
                case ')' -> {
                    return operator(1, Token.Type.RP);
                }
                case '"' -> {
                    int close = input.indexOf('"', start + 1);
                    if (close < 0) {
                        position++;
                        continue;
                    }
                    position = close + 1;
                    return new Token(Token.Type.TOKEN, input.substring(start, position), false, start);
                }
                default -> {
                    Token word = word(start);
                    if (word != null) {
                        return word;
                    }
                    if (position == start) {
                        position++;
                    }
                }
            }
        }
        return new Token(Token.Type.END, "", false, n);
    }

    private Token operator(int length, Token.Type type) {
        int start = position;
        position += length;
        return new Token(type, input.substring(start, position), false, start);
    }

    /** A word, a number, or a variable reference run; null when the character there is dropped. */
    private Token word(int start) {
        int runEnd = wordRunEnd(start);
        if (input.startsWith("${", runEnd)) {
            return variableRun(start, runEnd + 2);
        }
        if (runEnd == start) {
            return null;
        }
        position = runEnd;
        String text = input.substring(start, runEnd);
        return new Token(Token.Type.TOKEN, text, numberLength(start) == runEnd - start, start);
    }

    private int wordRunEnd(int from) {
        int i = from;
        int n = input.length();
        while (i < n) {
            char c = input.charAt(i);
            if (isWordChar(c)) {
                i++;
            } else if (c == '$' && i + 1 < n && input.charAt(i + 1) != '{') {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '.' || c == '\'' || c == ';' || c == '\\' || c == '_' || c == '^' || c == '#' || c == '@'
                || c >= 0x80;
    }

    /** The length of {@code [0-9]+(\.[0-9]+)?} at from, 0 when there is none. */
    private int numberLength(int from) {
        int i = from;
        int n = input.length();
        while (i < n && isDigit(input.charAt(i))) {
            i++;
        }
        if (i == from) {
            return 0;
        }
        if (i + 1 < n && input.charAt(i) == '.' && isDigit(input.charAt(i + 1))) {
            i += 2;
            while (i < n && isDigit(input.charAt(i))) {
                i++;
            }
        }
        return i - from;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The scanner's var and trail start conditions: braces are counted up to the one that closes the
     * reference, then everything up to a blank or an operator character is taken; another reference
     * there starts over. Input that ends inside the braces ends the expression and is lost.
     */
    private Token variableRun(int start, int afterOpening) {
        int n = input.length();
        int i = afterOpening;
        while (true) {
            int depth = 0;
            boolean closed = false;
            while (i < n) {
                char c = input.charAt(i++);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth < 0) {
                    closed = true;
                    break;
                }
            }
            if (!closed) {
                position = n;
                return new Token(Token.Type.END, "", false, n);
            }
            while (i < n && !isTrailStop(input.charAt(i))) {
                i++;
            }
            if (input.startsWith("${", i)) {
                i += 2;
                continue;
            }
            position = i;
            // flex's yymore() + unput(): the stop character is scanned again, yet it also stays in the token
            // ("${X} = ${X}" compares "${X} " with "${X}")
            return new Token(Token.Type.TOKEN, input.substring(start, Math.min(n, i + 1)), false, start);
        }
    }

    private static boolean isTrailStop(char c) {
        return "-\t\r \n$():?%/+=*<>!|&".indexOf(c) >= 0;
    }
}
