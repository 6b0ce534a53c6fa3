package org.strowger.core.internal.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.strowger.core.internal.dialplan.PbxHarness;

/**
 * {@code dialplan show}, {@code dialplan reload} and {@code core show application(s)} with the texts
 * of main/pbx.c, pbx/pbx_config.c and main/pbx_app.c ({@code "  %-17s %-45s [%s:%d]"} and friends).
 */
public class DialplanCommandsTest {

    private static final String EXTENSIONS_CONF = """
            [office]
            exten => 100,hint,Fake/alice
            exten => 100,1,Answer()
             same => n(dial),Dial(Fake/alice,20)
             same => n,Hangup()
            exten => _2XX,1,NoOp(${EXTEN})
            include => shared
            ignorepat => 9
            [shared]
            exten => s,1,NoOp()
            """;

    private PbxHarness pbx;

    @Before
    public void setUp() throws Exception {
        pbx = new PbxHarness(EXTENSIONS_CONF);
    }

    @After
    public void tearDown() {
        pbx.close();
    }

    private String show(String... words) {
        DialplanShowCommand command = new DialplanShowCommand();
        command.dialplan = pbx.dialplan;
        command.words = new ArrayList<>(List.of(words));
        return command.render();
    }

    @Test
    public void theWholeDialplanLastContextFirstWithFileAndLine() {
        assertEquals(
                "[ Context 'shared' created by 'pbx_config' ]\n" +
                "  's' =>            1. NoOp()                                     [extensions.conf:10]\n" +
                "\n" +
                "[ Context 'office' created by 'pbx_config' ]\n" +
                "  '100' =>          hint: Fake/alice                              [extensions.conf:2]\n" +
                "                    1. Answer()                                   [extensions.conf:3]\n" +
                "     [dial]         2. Dial(Fake/alice,20)                        [extensions.conf:4]\n" +
                "                    3. Hangup()                                   [extensions.conf:5]\n" +
                "  '_2XX' =>         1. NoOp(${EXTEN})                             [extensions.conf:6]\n" +
                "  Include =>        'shared'                                      [pbx_config]\n" +
                "  Ignore pattern => '9'                                           [pbx_config]\n" +
                "\n" +
                "-= 3 extensions (6 priorities) in 2 contexts. =-\n", show());
    }

    @Test
    public void anExtensionFilterShowsOnlyMatchingExtensionsAndSingularCounts() {
        assertEquals(
                "[ Context 'office' created by 'pbx_config' ]\n" +
                "  '_2XX' =>         1. NoOp(${EXTEN})                             [extensions.conf:6]\n" +
                "\n" +
                "-= 1 extension (1 priority) in 1 context. =-\n", show("250@office"));
    }

    @Test
    public void unknownContextsAndExtensionsGetAsterisksErrors() {
        assertEquals("There is no existence of 'nosuch' context\n"
                + "Command 'dialplan show nosuch' failed.\n", show("nosuch"));
        assertEquals("There is no existence of 777@office extension\n"
                + "Command 'dialplan show 777@office' failed.\n", show("777@office"));
        assertEquals("There is no existence of '777' extension in all contexts\n"
                + "Command 'dialplan show 777@' failed.\n", show("777@"));
    }

    @Test
    public void reloadSwapsInAGoodFileAndKeepsTheRunningDialplanOnABadOne() throws Exception {
        DialplanReloadCommand reload = new DialplanReloadCommand();
        reload.dialplan = pbx.dialplan;
        Files.writeString(pbx.directory.resolve("extensions.conf"), "[office]\nexten => 300,1,NoOp()\n");

        assertEquals("Dialplan reloaded.\n", reload.render());
        assertTrue(pbx.dialplan.exists("office", "300", 1, ""));

        Files.writeString(pbx.directory.resolve("extensions.conf"), "[office]\n;-- never closed\nexten => 400,1,NoOp()\n");
        String text = reload.render();

        assertTrue(text, text.startsWith("Dialplan not reloaded, the running one stays: "));
        assertTrue(pbx.dialplan.exists("office", "300", 1, ""));
    }

    @Test
    public void coreShowApplicationsLikeListsTheMatchingOnes() {
        CoreShowCommand command = new CoreShowCommand();
        command.dialplan = pbx.dialplan;
        command.what = "applications";
        command.options = new ArrayList<>(List.of("like", "goto"));

        assertEquals(
                "    -= Matching Asterisk Applications =-\n" +
                "                  Goto: Jump to a particular priority, extension, or context.\n" +
                "                GotoIf: Conditional goto.\n" +
                "            GotoIfTime: Conditional Goto based on the current time.\n" +
                "    -= 3 Applications Matching =-\n", command.render(java.time.Instant.now()));
    }

    @Test
    public void coreShowApplicationDescribesOneOrSaysItIsNotRegistered() {
        CoreShowCommand command = new CoreShowCommand();
        command.dialplan = pbx.dialplan;
        command.what = "application";
        command.options = new ArrayList<>(List.of("gotoif"));

        assertEquals("\n  -= Info about application 'GotoIf' =- \n\n"
                + "[Synopsis]\nConditional goto.\n\n"
                + "[Description]\nNot available\n\n"
                + "[Syntax]\nGotoIf(condition?[labeliftrue][:labeliffalse])\n\n"
                + "[Arguments]\nNot available\n\n"
                + "[See Also]\nNot available\n", command.render(java.time.Instant.now()));

        command.options = new ArrayList<>(List.of("Nothing"));
        assertEquals("Your application(s) is (are) not registered\n"
                + "Command 'core show application Nothing' failed.\n", command.render(java.time.Instant.now()));
    }
}
