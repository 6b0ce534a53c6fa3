package org.strowger.core.internal.dialplan.function;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Optional;
import java.util.StringJoiner;

import org.junit.Test;

/** ARRAY, HASH and HASHKEYS as func_strings.c writes and reads them (asterisk-behaviour.md section 3). */
public class ArrayAndHashTest extends FunctionTestSupport {

    @Test
    public void arraySetsEachVariableInTurn() {
        set("ARRAY(var1,var2)", "1,2");
        assertEquals(Optional.of("1"), channel.variable("var1"));
        assertEquals(Optional.of("2"), channel.variable("var2"));
    }

    @Test
    public void arrayVariablesWithoutAValueBecomeEmpty() {
        channel.setVariable("b", "old");
        channel.setVariable("c", "old");
        set("ARRAY(a,b,c)", "1");
        assertEquals(Optional.of("1"), channel.variable("a"));
        assertEquals(Optional.of(""), channel.variable("b"));
        assertEquals(Optional.of(""), channel.variable("c"));
        set("ARRAY(a)", "");
        assertEquals(Optional.of(""), channel.variable("a"));
    }

    @Test
    public void extraValuesAreIgnored() {
        set("ARRAY(a)", "1,2,3");
        assertEquals("1", eval("${a}"));
    }

    @Test
    public void quotedValuesKeepTheirCommas() {
        set("ARRAY(a,b)", "\"x,y\",z");
        assertEquals("x,y|z", eval("${a}|${b}"));
    }

    @Test
    public void atMostOneHundredAreSplitTheLastTakesTheRest() {
        StringJoiner names = new StringJoiner(",");
        StringJoiner values = new StringJoiner(",");
        for (int i = 1; i <= 101; i++) {
            names.add("v" + i);
            values.add(Integer.toString(i));
        }
        set("ARRAY(" + names + ")", values.toString());
        assertEquals(Optional.of("1"), channel.variable("v1"));
        assertEquals(Optional.of("99"), channel.variable("v99"));
        assertEquals(Optional.of("100,101"), channel.variable("v100,v101"));
        assertFalse(channel.variable("v100").isPresent());
        assertFalse(channel.variable("v101").isPresent());
    }

    @Test
    public void arrayNamesMayBeFunctions() {
        set("ARRAY(CALLERID(name),x)", "Bob,1");
        assertEquals("Bob", channel.callerId().name());
        assertEquals("1", eval("${x}"));
    }

    @Test
    public void arrayIsWriteOnly() {
        set("ARRAY(a)", "1");
        assertEquals("[]", eval("[${ARRAY(a)}]"));
    }

    @Test
    public void hashKeysLiveInChannelVariables() {
        set("HASH(h,k1)", "v1");
        assertEquals(Optional.of("v1"), channel.variable("~HASH~h~k1~"));
        assertEquals("v1", eval("${HASH(h,k1)}"));
        assertEquals("", eval("${HASH(h,nope)}"));
        set("HASH(h,k1)", "");
        assertEquals(Optional.of(""), channel.variable("~HASH~h~k1~"));
    }

    @Test
    public void hashKeysNewestFirstAndTheWholeHashInTheSameOrder() {
        set("HASH(h,k1)", "v1");
        set("HASH(h,k2)", "v2");
        set("HASH(other,k3)", "v3");
        assertEquals("k2,k1", eval("${HASHKEYS(h)}"));
        assertEquals("v2,v1", eval("${HASH(h)}"));
        assertEquals(Optional.of("k2,k1"), channel.variable("~ODBCFIELDS~"));
        assertEquals("", eval("${HASHKEYS(nothing)}"));
    }

    @Test
    public void writingAWholeHashUsesTheFieldsLastRead() {
        set("HASH(h2)", "a,b");
        assertTrue("no ~ODBCFIELDS~ yet: nothing is set", channel.variables().keySet().stream()
                .noneMatch(name -> name.startsWith("~HASH~h2~")));
        channel.setVariable("~ODBCFIELDS~", "name,number");
        set("HASH(h2)", "Alice,100");
        assertEquals("Alice/100", eval("${HASH(h2,name)}/${HASH(h2,number)}"));
    }

    @Test
    public void aHashNameWithInheritanceUnderscoresIsReadWithoutThem() {
        set("HASH(__h,k)", "v");
        assertEquals("v", eval("${HASH(h,k)}"));
    }

    @Test
    public void withoutAChannelHashReadsGlobals() {
        pbx.dialplan.setGlobalVariable("~HASH~g~k~", "global");
        assertEquals("global", pbx.dialplan.substitute(null, "${HASH(g,k)}"));
    }
}
