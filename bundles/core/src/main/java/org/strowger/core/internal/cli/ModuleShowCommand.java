package org.strowger.core.internal.cli;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.strowger.api.module.ModuleRegistry;

/** {@code module show [like <keyword>]}. */
@Service
@Command(scope = "module", name = "show", description = "Shows modules, their use counts and status (Asterisk: module show [like keyword])")
public class ModuleShowCommand extends AsteriskCommand {

    @Reference
    ModuleRegistry registry;

    @Argument(index = 0, name = "like keyword", description = "'like' and a part of a module name", multiValued = true)
    List<String> words = new ArrayList<>();

    @Override
    String render() {
        if (words.isEmpty()) {
            return AsteriskText.moduleTable(registry.modules(), "");
        }
        if (words.size() == 2 && words.get(0).equalsIgnoreCase("like")) {
            return AsteriskText.moduleTable(registry.modules(), words.get(1));
        }
        return Usage.MODULE_SHOW;
    }
}
