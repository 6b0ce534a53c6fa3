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

    @Test
    public void expressionsKeepTheirBracketsWithVariablesSubstituted() {
        assertEquals("$[strowger = x]", substitute("$[${NAME} = x]"));
    }
}
