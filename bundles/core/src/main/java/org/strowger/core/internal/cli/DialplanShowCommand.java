package org.strowger.core.internal.cli;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.strowger.core.internal.dialplan.DialplanEngine;

/** {@code dialplan show [[exten@]context]}: the running dialplan, as Asterisk prints it. */
@Service
@Command(scope = "dialplan", name = "show", description = "Show dialplan (Asterisk: dialplan show [[exten@]context])")
public class DialplanShowCommand extends AsteriskCommand {

    @Reference
    DialplanEngine dialplan;

    @Argument(index = 0, name = "[exten@]context", description = "a context, or an extension in a context",
            multiValued = true)
    @Completion(DialplanContextCompleter.class)
    List<String> words = new ArrayList<>();

    @Override
    String render() {
        if (words.size() > 1) {
            return Usage.DIALPLAN_SHOW;
        }
        return DialplanText.show(dialplan.snapshot(), words.isEmpty() ? null : words.get(0), asteriskLine());
    }

    @Override
    String asteriskLine() {
        return words.isEmpty() ? "dialplan show" : "dialplan show " + String.join(" ", words);
    }
}
