package org.strowger.core.internal.cli;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;
import org.strowger.api.module.ModuleInfo;
import org.strowger.api.module.SupportLevel;

/** The layouts of Asterisk's main/cli.c: handle_modlist and print_uptimestr. */
public class AsteriskTextTest {

    private static final String HEADER =
            "Module                         Description                              Use Count  Status      Support Level\n";

    private static ModuleInfo module(String name, String description, int useCount, boolean running, SupportLevel level) {
        return new ModuleInfo(name, description, useCount, running, level, 70, 1, "");
    }

    @Test
    public void moduleTableUsesAsteriskColumns() {
        List<ModuleInfo> modules = List.of(
                module("chan_skype.so", "Skype for Asterisk Channel Driver", 3, true, SupportLevel.EXTENDED),
                module("codec_g729a.so", "G.729A Coder/Decoder", 0, false, SupportLevel.CORE));
        assertEquals(HEADER
                + "chan_skype.so                  Skype for Asterisk Channel Driver        3          Running          extended\n"
                + "codec_g729a.so                 G.729A Coder/Decoder                     0          Not Running          core\n"
                + "2 modules loaded\n",
                AsteriskText.moduleTable(modules, ""));
    }

    @Test
    public void moduleTableCutsDescriptionsAtFortyAndSaysModulesEvenForOne() {
        List<ModuleInfo> modules = List.of(
                module("res_long.so", "A description that is much longer than forty characters", 0, true, SupportLevel.UNKNOWN),
                module("chan_other.so", "Other", 0, true, SupportLevel.CORE));
        assertEquals(HEADER
                + "res_long.so                    A description that is much longer than f 0          Running           unknown\n"
                + "1 modules loaded\n",
                AsteriskText.moduleTable(modules, "LONG"));
    }

    @Test
    public void uptimeSpellsUnitsWithCommasAndATrailingSpace() {
        assertEquals("System uptime: 1 hour, 2 minutes, 3 seconds \n", AsteriskText.uptimeLine("System uptime", 3723, false));
        assertEquals("System uptime: 0 seconds \n", AsteriskText.uptimeLine("System uptime", 0, false));
        assertEquals("System uptime: 1 second \n", AsteriskText.uptimeLine("System uptime", 1, false));
        // Asterisk tests "> MINUTE": exactly sixty seconds is not a minute.
        assertEquals("Last reload: 60 seconds \n", AsteriskText.uptimeLine("Last reload", 60, false));
        assertEquals("Last reload: 1 minute, 1 second \n", AsteriskText.uptimeLine("Last reload", 61, false));
        assertEquals("Last reload: 2 minutes \n", AsteriskText.uptimeLine("Last reload", 120, false));
        assertEquals("System uptime: 1 year, 1 week, 1 day, 1 hour, 1 minute, 1 second \n",
                AsteriskText.uptimeLine("System uptime", 31536000 + 604800 + 86400 + 3600 + 60 + 1, false));
    }

    @Test
    public void uptimeInSecondsIsJustTheNumber() {
        assertEquals("System uptime: 3723\n", AsteriskText.uptimeLine("System uptime", 3723, true));
    }
}
