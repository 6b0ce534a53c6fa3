package org.strowger.core.internal.dialplan.function;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.Test;
import org.strowger.api.channel.CallerId;

/**
 * LEN, CUT, REGEX, EVAL, ISNULL, EXISTS and RAND as func_strings.c, func_cut.c, func_logic.c and
 * func_rand.c document them, read through ${...} with nested substitution.
 */
public class StringFunctionsTest extends FunctionTestSupport {

    @Test
    public void lenCountsTheWholeArgumentText() {
        assertEquals("7", eval("${LEN(example)}"));
        assertEquals("0", eval("${LEN()}"));
        assertEquals("3", eval("${LEN(a,b)}"));
        // strlen counts bytes.
        assertEquals("2", eval("${LEN(\u00e9)}"));
    }

    @Test
    public void argumentsAreSubstitutedBeforeTheFunctionRuns() {
        channel.setVariable("x", "one-two-three-four");
        channel.setVariable("WHICH", "x");
        assertEquals("18", eval("${LEN(${x})}"));
        assertEquals("3", eval("${LEN(${CUT(x,-,2)})}"));
        assertEquals("one", eval("${CUT(${WHICH},-,1)}"));
    }

    @Test
    public void theSubstringSpecAppliesToAFunctionsValue() {
        channel.setVariable("x", "one-two-three");
        assertEquals("on", eval("${CUT(x,-,1):0:2}"));
        assertEquals("ree", eval("${CUT(x,-,3):-3}"));
        assertEquals("2", eval("${LEN(abcdefghijkl):1}"));
    }

    @Test
    public void unknownFunctionsGiveNothingAndTheTextGoesOn() {
        assertEquals("ab", eval("a${NOSUCH(x)}b"));
    }

    @Test
    public void functionNamesIgnoreCase() {
        assertEquals("3", eval("${len(abc)}"));
    }

    @Test
    public void functionsWorkWithoutAChannel() {
        assertEquals("4", pbx.dialplan.substitute(null, "${LEN(abcd)}"));
        assertEquals("[]", pbx.dialplan.substitute(null, "[${CHANNEL(name)}]"));
    }

    @Test
    public void cutFieldsAndRanges() {
        channel.setVariable("x", "one-two-three-four");
        assertEquals("two", eval("${CUT(x,-,2)}"));
        assertEquals("two-three", eval("${CUT(x,-,2-3)}"));
        assertEquals("one-two", eval("${CUT(x,-,-2)}"));
        assertEquals("three-four", eval("${CUT(x,-,3-)}"));
        assertEquals("one-three", eval("${CUT(x,-,1&3)}"));
        assertEquals("one-three-four", eval("${CUT(x,-,1&3-)}"));
        assertEquals("", eval("${CUT(x,-,5)}"));
    }

    @Test
    public void cutDelimiterDefaultsToDashAndMayBeEscaped() {
        channel.setVariable("x", "one-two");
        channel.setVariable("y", "a,b,c");
        assertEquals("two", eval("${CUT(x,,2)}"));
        assertEquals("b", eval("${CUT(y,\\,,2)}"));
    }

    @Test
    public void cutReadsAFunctionNamedAsTheVariable() {
        channel.setCallerId(new CallerId("555-1234", "Alice"));
        assertEquals("555", eval("${CUT(CALLERID(num),-,1)}"));
    }

    @Test
    public void cutWithMissingArgumentsOrABadRangeGivesNothing() {
        channel.setVariable("x", "one-two");
        assertEquals("", eval("${CUT(x,-)}"));
        assertEquals("", eval("${CUT(x,-,a)}"));
        assertEquals("", eval("${CUT(nothing,-,1)}"));
    }

    @Test
    public void regexMatchesAnywhereUnlessAnchored() {
        assertEquals("1", eval("${REGEX(\"^[0-9]+$\" 12345)}"));
        assertEquals("1", eval("${REGEX(\"abc\" xxabcxx)}"));
        assertEquals("0", eval("${REGEX(\"^abc\" xabc)}"));
        assertEquals("1", eval("${REGEX(\"^[[:digit:]]{3}$\" 123)}"));
        assertEquals("0", eval("${REGEX(\"^[[:digit:]]{3}$\" 12a)}"));
    }

    @Test
    public void regexSkipsOneBlankAfterTheQuote() {
        assertEquals("1", eval("${REGEX(\"^a\" a)}"));
        assertEquals("0", eval("${REGEX(\"^a\"  a)}"));
        assertEquals("1", eval("${REGEX(\"^ a\"  a)}"));
    }

    @Test
    public void regexWithBadArgumentsOrAMalformedExpressionGivesNothing() {
        assertEquals("", eval("${REGEX(abc)}"));
        assertEquals("", eval("${REGEX(\"(\" x)}"));
    }

    @Test
    public void evalSubstitutesASecondTime() {
        channel.setVariable("MYVAR", "${OTHERVAR}");
        channel.setVariable("OTHERVAR", "other");
        assertEquals("${OTHERVAR}", eval("${MYVAR}"));
        assertEquals("other", eval("${EVAL(${MYVAR})}"));
        assertEquals("", eval("${EVAL()}"));
    }

    @Test
    public void isNullAndExists() {
        channel.setVariable("SET", "x");
        assertEquals("1", eval("${ISNULL()}"));
        assertEquals("1", eval("${ISNULL(${NOPE})}"));
        assertEquals("0", eval("${ISNULL(${SET})}"));
        assertEquals("0", eval("${EXISTS(${NOPE})}"));
        assertEquals("1", eval("${EXISTS(${SET})}"));
    }

    @Test
    public void randStaysInsideItsRangeBothEndsIncluded() {
        assertEquals("5", eval("${RAND(5,5)}"));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String value = eval("${RAND(3,1)}");
            assertTrue(value, Set.of("1", "2", "3").contains(value));
            seen.add(value);
        }
        assertEquals(Set.of("1", "2", "3"), seen);
        long big = Long.parseLong(eval("${RAND()}"));
        assertTrue(big >= 0 && big <= Integer.MAX_VALUE);
        long atLeastTen = Long.parseLong(eval("${RAND(10)}"));
        assertTrue(atLeastTen >= 10);
    }
}
