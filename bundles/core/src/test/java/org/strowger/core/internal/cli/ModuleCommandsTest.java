package org.strowger.core.internal.cli;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;
import org.strowger.api.module.ModuleInfo;
import org.strowger.api.module.ModuleRegistry;
import org.strowger.api.module.ReloadResult;
import org.strowger.api.module.UnloadMode;

/** The texts of the module commands (Asterisk main/cli.c), with a fake registry behind them. */
public class ModuleCommandsTest {

    /** Knows "res_ok.so"; unloads refuse while busy; records what it was asked. */
    private static final class FakeRegistry implements ModuleRegistry {
        final List<String> calls = new ArrayList<>();
        boolean busy;
        ReloadResult reloadResult = ReloadResult.success();

        @Override
        public List<ModuleInfo> modules() {
            return List.of();
        }

        @Override
        public Optional<ModuleInfo> find(String name) {
            return Optional.empty();
        }

        @Override
        public Outcome load(String name) {
            calls.add("load " + name);
            return name.startsWith("res_ok") ? Outcome.ok() : Outcome.failed("no such module");
        }

        @Override
        public Outcome unload(String name, UnloadMode mode) {
            calls.add("unload " + mode + " " + name);
            return name.startsWith("res_ok") && (!busy || mode != UnloadMode.SOFT) ? Outcome.ok() : Outcome.failed("busy");
        }

        @Override
        public ReloadResult reload(String name) {
            calls.add("reload " + name);
            return name.startsWith("res_ok") ? reloadResult : new ReloadResult(ReloadResult.Status.NOT_FOUND, "");
        }

        @Override
        public Map<String, ReloadResult> reloadAll() {
            calls.add("reload all");
            Map<String, ReloadResult> results = new LinkedHashMap<>();
            results.put("res_ok.so", reloadResult);
            return results;
        }

        @Override
        public Instant lastReloadTime() {
            return Instant.EPOCH;
        }

        @Override
        public boolean fullyBooted() {
            return true;
        }
    }

    private final FakeRegistry registry = new FakeRegistry();

    @Test
    public void loadPrintsTheNameAsTyped() {
        ModuleLoadCommand load = new ModuleLoadCommand();
        load.registry = registry;
        load.names = List.of("res_ok");
        assertEquals("Loaded res_ok\n", load.render());
        load.names = List.of("chan_missing.so");
        assertEquals("Unable to load module chan_missing.so\nCommand 'module load chan_missing.so' failed.\n", load.render());
        load.names = List.of();
        assertEquals(Usage.MODULE_LOAD, load.render());
    }

    @Test
    public void unloadStopsAtTheFirstFailureAndPassesTheMode() {
        ModuleUnloadCommand unload = new ModuleUnloadCommand();
        unload.registry = registry;
        unload.names = List.of("res_ok.so", "res_bad.so", "res_ok2.so");
        assertEquals("Unloaded res_ok.so\nUnable to unload resource res_bad.so\n"
                + "Command 'module unload res_ok.so res_bad.so res_ok2.so' failed.\n", unload.render());
        assertEquals(List.of("unload SOFT res_ok.so", "unload SOFT res_bad.so"), registry.calls);

        registry.busy = true;
        unload.names = List.of("res_ok.so");
        unload.firm = true;
        assertEquals("Unloaded res_ok.so\n", unload.render());
        unload.hard = true;
        assertEquals("-f and -h together are a usage error", Usage.MODULE_UNLOAD, unload.render());
    }

    @Test
    public void reloadSpeaksForEachModule() {
        ModuleReloadCommand reload = new ModuleReloadCommand();
        reload.registry = registry;
        reload.names = List.of("res_ok.so", "nosuch");
        assertEquals("Module 'res_ok.so' reloaded successfully.\nNo such module 'nosuch'\n", reload.render());

        registry.reloadResult = ReloadResult.error("chan_skype.conf:12: unknown option 'secrett'");
        reload.names = List.of("res_ok.so");
        assertEquals("The module 'res_ok.so' reported a reload failure\n  chan_skype.conf:12: unknown option 'secrett'\n",
                reload.render());

        registry.reloadResult = new ReloadResult(ReloadResult.Status.NOT_IMPLEMENTED, "");
        assertEquals("The module 'res_ok.so' does not support reloads\n", reload.render());
        registry.reloadResult = new ReloadResult(ReloadResult.Status.QUEUED, "");
        assertEquals("Asterisk cannot reload a module yet; request queued\n", reload.render());
        registry.reloadResult = new ReloadResult(ReloadResult.Status.IN_PROGRESS, "");
        assertEquals("A module reload request is already in progress; please be patient\n", reload.render());

        reload.names = List.of();
        assertEquals("module reload without names reloads all and prints nothing", "", reload.render());
    }

    @Test
    public void coreReloadIsSilentUnlessAModuleFailed() {
        CoreReloadCommand coreReload = new CoreReloadCommand();
        coreReload.registry = registry;
        assertEquals("", coreReload.render());
        registry.reloadResult = ReloadResult.error("bad file");
        assertEquals("The module 'res_ok.so' reported a reload failure\n  bad file\n", coreReload.render());
        coreReload.extra = List.of("now");
        assertEquals(Usage.CORE_RELOAD, coreReload.render());
    }
}
