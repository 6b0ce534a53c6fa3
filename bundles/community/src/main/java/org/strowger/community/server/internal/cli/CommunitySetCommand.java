package org.strowger.community.server.internal.cli;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code community:set ...}. */
@Service
@Command(scope = "community", name = "set", description = "Set an account's SkypeOut credit (credit <name> <cents> [currency])")
public class CommunitySetCommand extends CommunityCommand {

    @Override
    String verb() {
        return "set";
    }
}
