package org.strowger.core.internal.dialplan.expr;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/**
 * POSIX ERE as glibc's regcomp(REG_EXTENDED) reads it, seen through {@code $[subject : "pattern"]}
 * (op_colon) and {@code =~} (op_eqtilde).
 */
public class PosixRegexTest {

    private static void check(String rule, String expression, String expected) {
        assertEquals(rule + ": $[" + expression + "]", expected, AsteriskExpression.evaluateWithMessages(expression, null).result());
    }

    @Test
    public void leftmostLongest() {
        check("the longest alternative wins, not the first", "ab : \"(a|ab)\"", "ab");
        check("the overall match is longest, then the groups", "abc : \"(ab?)(bc)?\"", "a");
        check("the leftmost match wins over a longer later one", "xaaa =~ \"x|aaa\"", "1");
        check("an empty match at the start counts", "abc : \"x*\"", "0");
    }

    @Test
    public void anchors() {
        check("'^' anchors at the start only", "abc =~ \"^b\"", "0");
        check("'$' matches only at the very end, not before a final newline", "\"ab\n\" =~ \"b$\"", "0");
        check("'^' in the middle never matches", "a^b : \"a^b\"", "0");
    }

    @Test
    public void bracketExpressions() {
        check("a backslash is literal inside brackets", "\"a\\b\" : \"a[\\]b\"", "3");
        check("'[' inside brackets is literal", "\"a[\" : \"a[[]\"", "2");
        check("a negated set with ']' first", "ab : \"a[^]]\"", "2");
        check("a '-' last is literal", "\"a-\" : \"a[x-]\"", "2");
        check("character classes", "abc9 : \"[[:alpha:]]*\"", "3");
        check("equivalence classes name a character", "ab : \"a[[=b=]]\"", "2");
        check("'&&' means nothing special", "\"a&\" : \"a[&&]\"", "2");
    }

    @Test
    public void escapesAndDots() {
        check("an escaped dot is a dot", "a.b : \"a\\.b\"", "3");
        check("an escaped parenthesis is no group", "\"(a)\" : \"\\(a\\)\"", "3");
        check("'.' matches a newline without REG_NEWLINE", "\"a\nb\" : \"a.b\"", "3");
        check("\\d is a plain 'd' in glibc", "ad : \"a\\d\"", "2");
        check("GNU word-start anchor", "\"x ab\" =~ \"\\<a(b)\"", "b");
        check("back references", "aa : \"(a)\\1\"", "a");
        check("an unmatched ')' is an ordinary character", "\"a)\" : \"a)\"", "2");
    }

    @Test
    public void repetitions() {
        check("intervals", "aaaa : \"a{2,3}\"", "3");
        check("stacked intervals multiply", "ab : \"a{1}{2}\"", "0");
        check("'+?' is a '?' of 'a+', not a lazy quantifier", "aaa : \"a+?\"", "3");
        check("Java syntax means nothing: (?x) is a bad pattern", "\"(x\" : \"(?x)\"", "");
    }
}
