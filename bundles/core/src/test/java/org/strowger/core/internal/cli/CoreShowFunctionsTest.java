package org.strowger.core.internal.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanFunction;
import org.strowger.core.internal.dialplan.PbxHarness;

/** core show functions / core show function as main/pbx_functions.c prints them. */
public class CoreShowFunctionsTest {

    private static final String RULE = "-".repeat(80) + "\n";

    private PbxHarness pbx;

    @Before
    public void setUp() throws Exception {
        pbx = new PbxHarness("[ctx]\n");
    }

    @After
    public void tearDown() {
        pbx.close();
    }

    private String show(String... words) {
        CoreShowCommand command = new CoreShowCommand();
        command.dialplan = pbx.dialplan;
        command.what = words[0];
        command.options = new ArrayList<>(List.of(words).subList(1, words.length));
        return command.render();
    }

    /** "%-20.20s  %-35.35s  %s\n" spelled out. */
    private static String row(String name, String syntax, String synopsis) {
        return column(name, 20) + "  " + column(syntax, 35) + "  " + synopsis + "\n";
    }

    private static String column(String text, int width) {
        return text.length() >= width ? text.substring(0, width) : text + " ".repeat(width - text.length());
    }

    @Test
    public void everyFunctionInNameOrderWithHeaderAndCount() {
        String text = show("functions");
        assertTrue(text, text.startsWith("Installed Custom Functions:\n" + RULE + row("ARRAY",
                "ARRAY(var1[,var2[,...][,varN]])", "Allows setting multiple variables at once.")));
        assertTrue(text, text.contains(row("LEN", "LEN(string)", "Return the length of the string given.")));
        assertTrue(text, text.endsWith(row("STRFTIME", "STRFTIME([epoch][,timezone[,format]])",
                "Returns the current date/time in the specified format.") + "16 custom functions installed.\n"));
        assertEquals(2 + 16 + 1, text.split("\n").length);
    }

    @Test
    public void likeMatchesPartOfTheNameCaseSensitively() {
        assertEquals("Matching Custom Functions:\n" + RULE
                + row("HASH", "HASH(hashname[,hashkey])", "Implementation of a dialplan associative array")
                + row("HASHKEYS", "HASHKEYS(hashname)", "Retrieve the keys of the HASH() function.")
                + "2 matching custom functions installed.\n", show("functions", "like", "HASH"));
        assertEquals("Matching Custom Functions:\n" + RULE + "0 matching custom functions installed.\n",
                show("functions", "like", "hash"));
    }

    @Test
    public void longNamesAndSyntaxesAreCut() {
        pbx.addFunction("A_VERY_LONG_FUNCTION_NAME", new DialplanFunction() {
            @Override
            public String read(Channel channel, String arguments) {
                return "";
            }

            @Override
            public String syntax() {
                return "A_VERY_LONG_FUNCTION_NAME(first-argument,second)";
            }
        });
        String text = show("functions", "like", "LONG");
        assertEquals("Matching Custom Functions:\n" + RULE
                + "A_VERY_LONG_FUNCTION  A_VERY_LONG_FUNCTION_NAME(first-arg  \n"
                + "1 matching custom functions installed.\n", text);
    }

    @Test
    public void wrongArgumentsShowTheUsage() {
        String usage = "Usage: core show functions [like <text>]\n"
                + "       List builtin functions, optionally only those matching a given string\n";
        assertEquals(usage, show("functions", "like"));
        assertEquals(usage, show("functions", "LEN"));
        assertEquals(usage, show("functions", "LIKE", "LEN"));
    }

    @Test
    public void oneFunction() {
        assertEquals("\n  -= Info about function 'LEN' =- \n\n"
                + "[Synopsis]\nReturn the length of the string given.\n\n"
                + "[Description]\nNot available\n\n"
                + "[Syntax]\nLEN(string)\n\n"
                + "[Arguments]\nNot available\n\n"
                + "[See Also]\nNot available\n", show("function", "len"));
    }

    @Test
    public void anUnknownFunctionFails() {
        assertEquals("No function by that name registered.\nCommand 'core show function NOPE' failed.\n",
                show("function", "NOPE"));
        assertEquals("Usage: core show function <function>\n       Describe a particular dialplan function.\n",
                show("function"));
    }
}
