package org.strowger.core.internal.cli;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.strowger.api.module.ModuleInfo;
import org.strowger.api.module.ModuleRegistry;

/** Completes module names ({@code chan_skype.so}) for the module commands. */
@Service
public class ModuleNameCompleter implements Completer {

    @Reference
    ModuleRegistry registry;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter names = new StringsCompleter(registry.modules().stream().map(ModuleInfo::name).toList());
        return names.complete(session, commandLine, candidates);
    }
}
