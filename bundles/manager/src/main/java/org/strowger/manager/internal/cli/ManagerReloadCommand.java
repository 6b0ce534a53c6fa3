package org.strowger.manager.internal.cli;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.strowger.manager.internal.ManagerServer;

/** {@code manager reload} (handle_manager_reload): rereads manager.conf and prints nothing, as Asterisk does. */
@Service
@Command(scope = "manager", name = "reload", description = "Reload manager configurations (Asterisk: manager reload)")
public class ManagerReloadCommand extends ManagerCliCommand {

    static final String USAGE = "Usage: manager reload\n"
            + "       Reloads the manager configuration.\n";

    @Reference
    ManagerServer server;

    @Argument(index = 0, name = "none", description = "takes no arguments", multiValued = true)
    List<String> extra = new ArrayList<>();

    @Override
    String render() {
        if (!extra.isEmpty()) {
            return USAGE;
        }
        // a broken manager.conf is logged by the server, which keeps the running configuration
        server.reload();
        return "";
    }
}
