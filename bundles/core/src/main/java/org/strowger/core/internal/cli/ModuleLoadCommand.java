package org.strowger.core.internal.cli;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.strowger.api.module.ModuleRegistry;

/** {@code module load <name>}: starts the module, installing its feature first if needed. */
@Service
@Command(scope = "module", name = "load", description = "Loads a module (Asterisk: module load <module name>)")
public class ModuleLoadCommand extends AsteriskCommand {

    @Reference
    ModuleRegistry registry;

    @Argument(index = 0, name = "module name", description = "e.g. chan_skype.so", multiValued = true)
    @Completion(ModuleNameCompleter.class)
    List<String> names = new ArrayList<>();

    @Override
    String render() {
        if (names.size() != 1) {
            return Usage.MODULE_LOAD;
        }
        String name = names.get(0);
        ModuleRegistry.Outcome outcome = registry.load(name);
        if (outcome.success()) {
            return "Loaded " + name + "\n";
        }
        return "Unable to load module " + name + "\n" + Usage.failed("module load " + name);
    }
}
