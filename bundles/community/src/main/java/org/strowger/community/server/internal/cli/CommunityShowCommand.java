package org.strowger.community.server.internal.cli;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code community:show ...}. */
@Service
@Command(scope = "community", name = "show", description = "Show accounts, one account or the calls in progress (accounts, account <name>, calls)")
public class CommunityShowCommand extends CommunityCommand {

    @Override
    String verb() {
        return "show";
    }
}
