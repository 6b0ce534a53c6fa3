package org.strowger.core.internal.dialplan.function;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

/** main/app.c __ast_app_separate_args and friends, corner cases included. */
public class FunctionArgumentsTest {

    @Test
    public void emptyTextHasNoArgumentsAtAll() {
        assertEquals(List.of(), FunctionArguments.standard("", 3));
        assertEquals(List.of(), FunctionArguments.standard(null, 3));
    }

    @Test
    public void aTrailingDelimiterMakesAnEmptyLastArgument() {
        assertEquals(List.of("a", ""), FunctionArguments.standard("a,", 3));
        assertEquals(List.of("", ""), FunctionArguments.standard(",", 3));
    }

    @Test
    public void theLastDeclaredArgumentTakesTheRestAsWritten() {
        assertEquals(List.of("a", "b", "c,d"), FunctionArguments.standard("a,b,c,d", 3));
        assertEquals(List.of("a", "\"b\",c"), FunctionArguments.standard("a,\"b\",c", 2));
    }

    @Test
    public void parenthesesBracketsAndQuotesProtectCommasAndQuotesAreRemoved() {
        assertEquals(List.of("a", "f(b,c)", "[d,e]", "g,h"), FunctionArguments.standard("a,f(b,c),[d,e],\"g,h\"", 10));
    }

    @Test
    public void aBackslashMakesTheNextCharacterLiteralAndIsRemoved() {
        assertEquals(List.of("a,b", "c\"d"), FunctionArguments.standard("a\\,b,c\\\"d", 5));
        assertEquals(List.of("a\\,b"), FunctionArguments.separate("a\\,b", ',', false, 5));
    }

    @Test
    public void otherDelimiters() {
        assertEquals(List.of("x", "y:z"), FunctionArguments.nonstandard("x?y:z", '?', 2));
        // With the quote as delimiter, quotes split instead of protecting.
        assertEquals(List.of("", "a b", " c"), FunctionArguments.nonstandard("\"a b\" c", '"', 3));
    }

    @Test
    public void encodedCharacters() {
        assertEquals('\t', FunctionArguments.encodedChar("\\t").getAsInt());
        assertEquals('A', FunctionArguments.encodedChar("\\x41").getAsInt());
        assertEquals(',', FunctionArguments.encodedChar("\\054").getAsInt());
        assertEquals('q', FunctionArguments.encodedChar("\\q").getAsInt());
        assertEquals('a', FunctionArguments.encodedChar("ab").getAsInt());
        assertTrue(FunctionArguments.encodedChar("").isEmpty());
        assertTrue(FunctionArguments.encodedChar("\\xg").isEmpty());
    }

    @Test
    public void stripping() {
        assertEquals("a b", FunctionArguments.strip(" \ta b\n"));
        assertEquals("a b", FunctionArguments.stripQuoted("  \"a b\" "));
        assertEquals("\"a b", FunctionArguments.stripQuoted("\"a b"));
        assertEquals("", FunctionArguments.stripQuoted("\""));
    }
}
