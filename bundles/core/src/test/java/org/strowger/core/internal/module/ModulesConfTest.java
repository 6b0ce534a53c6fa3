package org.strowger.core.internal.module;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.strowger.api.config.ConfigEntry;
import org.strowger.api.config.ConfigException;
import org.strowger.api.config.ConfigFile;
import org.strowger.api.config.ConfigSection;

public class ModulesConfTest {

    private static ConfigFile file(String... keyValues) {
        List<ConfigEntry> entries = new ArrayList<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            entries.add(new ConfigEntry(keyValues[i], keyValues[i + 1], true, "modules.conf", 2 + i / 2));
        }
        return new ConfigFile("modules.conf", List.of(new ConfigSection("modules", List.of(), entries, "modules.conf", 1)),
                List.of());
    }

    @Test
    public void autoloadLoadsEverythingButNoload() throws ConfigException {
        ModulesConf conf = ModulesConf.from(file("autoload", "yes", "noload", "chan_skype.so"));
        assertTrue(conf.loadsAtBoot("codec_ulaw.so"));
        assertFalse(conf.loadsAtBoot("chan_skype.so"));
        assertFalse("names match without .so and in any case", conf.loadsAtBoot("CHAN_SKYPE"));
    }

    @Test
    public void withoutAutoloadOnlyNamedModulesLoad() throws ConfigException {
        ModulesConf conf = ModulesConf.from(file("autoload", "no", "load", "res_skypeforasterisk.so", "preload",
                "res_license", "require", "chan_skype.so"));
        assertTrue(conf.loadsAtBoot("res_skypeforasterisk.so"));
        assertTrue(conf.loadsAtBoot("res_license.so"));
        assertTrue(conf.loadsAtBoot("chan_skype"));
        assertFalse(conf.loadsAtBoot("codec_g729a.so"));
        assertTrue(conf.isPreload("res_license.so"));
    }

    @Test
    public void noFileOrNoSectionMeansAutoload() throws ConfigException {
        assertTrue(ModulesConf.defaults().loadsAtBoot("anything.so"));
        assertTrue(ModulesConf.from(new ConfigFile("modules.conf", List.of(), List.of())).loadsAtBoot("anything.so"));
    }

    @Test
    public void unknownOptionNamesFileAndLine() {
        assertError("modules.conf:3: unknown option 'loadd' in [modules] (use autoload, load, noload, preload or require)",
                file("autoload", "yes", "loadd", "x.so"));
    }

    @Test
    public void badBooleanAndMissingNameAreErrors() {
        assertError("modules.conf:2: 'autoload' must be yes or no, not 'perhaps'", file("autoload", "perhaps"));
        assertError("modules.conf:2: 'load' needs a module name", file("load", ""));
    }

    @Test
    public void aRequiredModuleCannotBeNoload() {
        assertError("modules.conf:3: module 'chan_skype.so' cannot be both noload and require (modules.conf:2)",
                file("require", "chan_skype.so", "noload", "chan_skype.so"));
    }

    private static void assertError(String message, ConfigFile file) {
        try {
            ModulesConf.from(file);
            fail("expected: " + message);
        } catch (ConfigException e) {
            assertEquals(message, e.getMessage());
        }
    }
}
