package org.strowger.core.internal.module;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.strowger.api.module.SupportLevel;

public class ModuleDescriptorTest {

    @Test
    public void readsTheHeaderOfDesignMd() {
        ModuleDescriptor d = ModuleDescriptor.parse(
                "chan_skype.so;description=\"Skype for Asterisk Channel Driver\";priority=channel;support=extended");
        assertEquals("chan_skype.so", d.name());
        assertEquals("Skype for Asterisk Channel Driver", d.description());
        assertEquals(70, d.priority());
        assertEquals(SupportLevel.EXTENDED, d.supportLevel());
    }

    @Test
    public void addsSoAndDefaultsToAsteriskDefaults() {
        ModuleDescriptor d = ModuleDescriptor.parse("codec_ulaw");
        assertEquals("codec_ulaw.so", d.name());
        assertEquals(128, d.priority());
        assertEquals(SupportLevel.UNKNOWN, d.supportLevel());
        assertEquals(40, ModuleDescriptor.parse("res_x.so;priority=CORE").priority());
        assertEquals(55, ModuleDescriptor.parse("res_x.so;priority=55").priority());
    }

    @Test
    public void badHeadersSayWhatIsWrong() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModuleDescriptor.parse("chan_x.so;priority=soon"));
        assertTrue(e.getMessage(), e.getMessage().contains("unknown priority 'soon'"));
        e = assertThrows(IllegalArgumentException.class, () -> ModuleDescriptor.parse("a.so,b.so"));
        assertTrue(e.getMessage(), e.getMessage().contains("exactly one module"));
    }

    @Test
    public void loadOrderIsPreloadThenPriorityThenName() throws Exception {
        ModulesConf conf = ModulesConf.from(new org.strowger.api.config.ConfigFile("modules.conf", List.of(
                new org.strowger.api.config.ConfigSection("modules", List.of(), List.of(
                        new org.strowger.api.config.ConfigEntry("autoload", "yes", false, "modules.conf", 2),
                        new org.strowger.api.config.ConfigEntry("preload", "res_late.so", true, "modules.conf", 3)),
                        "modules.conf", 1)), List.of()));
        List<ModuleDescriptor> modules = new ArrayList<>(List.of(
                ModuleDescriptor.parse("chan_skype.so;priority=channel"),
                ModuleDescriptor.parse("app_dial.so"),
                ModuleDescriptor.parse("res_late.so;priority=devstate_consumer"),
                ModuleDescriptor.parse("codec_ulaw.so;priority=core"),
                ModuleDescriptor.parse("codec_alaw.so;priority=core"),
                ModuleDescriptor.parse("res_skypeforasterisk.so;priority=channel_depend")));
        modules.sort(LoadOrder.of(conf));
        assertEquals(List.of("res_late.so", "codec_alaw.so", "codec_ulaw.so", "res_skypeforasterisk.so",
                "chan_skype.so", "app_dial.so"), modules.stream().map(ModuleDescriptor::name).toList());
    }

    @Test
    public void namesMatchWithOrWithoutSoInAnyCase() {
        assertTrue(ModuleNames.same("chan_skype.so", "CHAN_SKYPE"));
        assertTrue(ModuleNames.same("chan_skype", "chan_skype.SO"));
        assertEquals("chan_skype.so", ModuleNames.withSuffix("chan_skype"));
        assertTrue(FeatureModuleInstaller.providesModule("strowger.module;strowger.module=chan_skype.so", "chan_skype"));
        assertTrue(!FeatureModuleInstaller.providesModule("other;strowger.module=chan_skype.so", "chan_skype"));
    }
}
