package org.strowger.core.internal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.strowger.api.module.ModuleRegistry;
import org.strowger.api.module.ReloadResult;

/** {@code core reload}: a global reload; silent like Asterisk's unless a module failed. */
@Service
@Command(scope = "core", name = "reload", description = "Reloads every module's configuration (Asterisk: core reload)")
public class CoreReloadCommand extends AsteriskCommand {

    @Reference
    ModuleRegistry registry;

    @Argument(index = 0, name = "none", description = "takes no arguments", multiValued = true)
    List<String> extra = new ArrayList<>();

    @Override
    String render() {
        if (!extra.isEmpty()) {
            return Usage.CORE_RELOAD;
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, ReloadResult> result : registry.reloadAll().entrySet()) {
            if (result.getValue().status() == ReloadResult.Status.ERROR) {
                out.append(ModuleReloadCommand.describe(result.getKey(), result.getValue()));
            }
        }
        return out.toString();
    }
}
