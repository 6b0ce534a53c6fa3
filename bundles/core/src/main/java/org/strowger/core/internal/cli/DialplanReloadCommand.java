package org.strowger.core.internal.cli;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.strowger.api.module.ReloadResult;
import org.strowger.core.internal.dialplan.DialplanEngine;

/**
 * {@code dialplan reload}: reads extensions.conf again. A file that cannot be read keeps the running
 * dialplan; Asterisk would still print {@code Dialplan reloaded.}, Strowger says why it did not.
 */
@Service
@Command(scope = "dialplan", name = "reload", description = "Reload extensions and *only* extensions (Asterisk: dialplan reload)")
public class DialplanReloadCommand extends AsteriskCommand {

    @Reference
    DialplanEngine dialplan;

    @Override
    String render() {
        ReloadResult result = dialplan.reload();
        if (result.status() == ReloadResult.Status.SUCCESS) {
            return "Dialplan reloaded.\n";
        }
        return "Dialplan not reloaded, the running one stays: " + result.reason() + "\n";
    }

    @Override
    String asteriskLine() {
        return "dialplan reload";
    }
}
