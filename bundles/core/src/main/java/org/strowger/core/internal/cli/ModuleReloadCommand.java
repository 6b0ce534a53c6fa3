package org.strowger.core.internal.cli;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.strowger.api.module.ModuleRegistry;
import org.strowger.api.module.ReloadResult;

/** {@code module reload [module ...]}: no names reloads every module and prints nothing. */
@Service
@Command(scope = "module", name = "reload", description = "Reloads module configuration (Asterisk: module reload [module ...])")
public class ModuleReloadCommand extends AsteriskCommand {

    @Reference
    ModuleRegistry registry;

    @Argument(index = 0, name = "module", description = "module names; none reloads all", multiValued = true)
    @Completion(ModuleNameCompleter.class)
    List<String> names = new ArrayList<>();

    @Override
    String render() {
        if (names.isEmpty()) {
            registry.reloadAll();
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            out.append(describe(name, registry.reload(name)));
        }
        return out.toString();
    }

    static String describe(String name, ReloadResult result) {
        String text = switch (result.status()) {
            case NOT_FOUND -> "No such module '" + name + "'\n";
            case NOT_IMPLEMENTED -> "The module '" + name + "' does not support reloads\n";
            case QUEUED -> "Asterisk cannot reload a module yet; request queued\n";
            case ERROR -> "The module '" + name + "' reported a reload failure\n";
            case IN_PROGRESS -> "A module reload request is already in progress; please be patient\n";
            case UNINITIALIZED -> "The module '" + name + "' was not properly initialized. Before reloading the module,"
                    + " you must run \"module load " + name + "\" and fix whatever is preventing the module from being"
                    + " initialized.\n";
            case SUCCESS -> "Module '" + name + "' reloaded successfully.\n";
        };
        // The reason is Strowger's addition: Asterisk only logs it, an operator wants it where they typed.
        if (result.status() == ReloadResult.Status.ERROR && !result.reason().isEmpty()) {
            text += "  " + result.reason() + "\n";
        }
        return text;
    }
}
