package org.strowger.core.internal.cli;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.strowger.api.module.ModuleRegistry;
import org.strowger.api.module.UnloadMode;

/** {@code module unload [-f|-h] <module> [<module> ...]}; stops at the first failure, as Asterisk does. */
@Service
@Command(scope = "module", name = "unload", description = "Unloads modules (Asterisk: module unload [-f|-h] <module_1> [<module_2> ... ])")
public class ModuleUnloadCommand extends AsteriskCommand {

    @Reference
    ModuleRegistry registry;

    @Option(name = "-f", description = "unload even while the module is in use")
    boolean firm;

    @Option(name = "-h", description = "unload even if the module fails to stop (dangerous)")
    boolean hard;

    @Argument(index = 0, name = "module", description = "module names", multiValued = true)
    @Completion(ModuleNameCompleter.class)
    List<String> names = new ArrayList<>();

    @Override
    String render() {
        if (names.isEmpty() || (firm && hard)) {
            return Usage.MODULE_UNLOAD;
        }
        UnloadMode mode = hard ? UnloadMode.HARD : firm ? UnloadMode.FIRM : UnloadMode.SOFT;
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            if (!registry.unload(name, mode).success()) {
                out.append("Unable to unload resource ").append(name).append('\n');
                out.append(Usage.failed(commandLine()));
                return out.toString();
            }
            out.append("Unloaded ").append(name).append('\n');
        }
        return out.toString();
    }

    private String commandLine() {
        String flag = hard ? "-h " : firm ? "-f " : "";
        return "module unload " + flag + String.join(" ", names);
    }
}
