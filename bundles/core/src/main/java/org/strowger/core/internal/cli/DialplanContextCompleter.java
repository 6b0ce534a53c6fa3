package org.strowger.core.internal.cli;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.strowger.core.internal.dialplan.DialplanContext;
import org.strowger.core.internal.dialplan.DialplanEngine;

/** The context names of the running dialplan ({@code complete_show_dialplan_context}). */
@Service
public class DialplanContextCompleter implements Completer {

    @Reference(optional = true)
    DialplanEngine dialplan;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> names = dialplan == null ? List.of()
                : dialplan.snapshot().contextsAsWalked().stream().map(DialplanContext::name).toList();
        return new StringsCompleter(names, true).complete(session, commandLine, candidates);
    }
}
