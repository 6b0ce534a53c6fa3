package org.strowger.core.internal.dialplan;

import static org.junit.Assert.assertEquals;

import java.util.Map;
import java.util.Optional;

import org.junit.Test;

/** ${...} as Asterisk substitutes it (pbx_variables.c; asterisk-behaviour.md section 3 and 6). */
public class SubstitutionTest {

    private static final Map<String, String> VARIABLES = Map.of("NAME", "strowger", "WHICH", "NAME", "EMPTY", "");

    private static String substitute(String text) {
        return Substitution.substitute(text, name -> Optional.ofNullable(VARIABLES.get(name)));
    }

    @Test
    public void variablesAndUnknownNames() {
        assertEquals("hello strowger!", substitute("hello ${NAME}!"));
        assertEquals("[]", substitute("[${NOPE}]"));
        assertEquals("no dollars here", substitute("no dollars here"));
        assertEquals("$5 and $", substitute("$5 and $"));
    }

    @Test
    public void nestedNamesAreSubstitutedFirst() {
        assertEquals("strowger", substitute("${${WHICH}}"));
    }

    @Test
    public void substrings() {
        assertEquals("row", substitute("${NAME:2:3}"));
        assertEquals("owger", substitute("${NAME:3}"));
        assertEquals("ger", substitute("${NAME:-3}"));
        assertEquals("gx", substitute("${NAME:-3:1}x"));
        assertEquals("strowger", substitute("${NAME:-30}"));
        assertEquals("", substitute("${NAME:8}"));
        assertEquals("strow", substitute("${NAME:0:-3}"));
        assertEquals("ro", substitute("${NAME:2:-4}"));
        assertEquals("", substitute("${NAME:4:-5}"));
        // An empty offset is no substring at all (checked on Asterisk 22).
        assertEquals("strowger", substitute("${NAME::3}"));
    }

    /** pbx_substitute_variables_helper_full: the variables inside $[...] first, then ast_expr() on the text. */
    @Test
    public void expressionsAreEvaluatedAfterTheirVariables() {
        assertEquals("0", substitute("$[${NAME} = x]"));
        assertEquals("1", substitute("$[${NAME} = strowger]"));
        assertEquals("n=3.5!", substitute("n=$[7 / 2]!"));
    }

    /** Nested $[ ] counts brackets, so the inner expression is a value of the outer one. */
    @Test
    public void nestedExpressionsAreEvaluatedInnermostFirst() {
        assertEquals("7", substitute("$[1 + $[2 * 3]]"));
        assertEquals("strowger1", substitute("$[${NAME} ~~ $[${EMPTY}0 + 1]]"));
    }

    /** A ']' missing: Asterisk evaluates the rest of the text. */
    @Test
    public void anUnclosedExpressionTakesTheRestOfTheText() {
        assertEquals("3", substitute("$[1 + 2"));
    }

    /** An empty expression is the empty string (the grammar's empty start rule). */
    @Test
    public void anEmptyExpressionIsEmpty() {
        assertEquals("ab", substitute("a$[]b"));
    }

    /** op_func() hands names it does not know to the dialplan functions, with the channel's variables. */
    @Test
    public void functionsInsideExpressionsReadThroughTheSameSource() {
        Map<String, String> values = Map.of("LEN(strowger)", "8", "UPPER(a)", "A");
        VariableSource source = name -> Optional.ofNullable(values.get(name));
        assertEquals("9", Substitution.substitute("$[LEN(strowger) + 1]", source));
        assertEquals("A", Substitution.substitute("$[UPPER(a)]", source));
        assertEquals("0", Substitution.substitute("$[NOSUCH(a)]", source));
    }
}
