package org.strowger.community.server.internal.cli;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code community:remove ...}. */
@Service
@Command(scope = "community", name = "remove", description = "Remove an account or SkypeIn number (account <name>, skypein <number>)")
public class CommunityRemoveCommand extends CommunityCommand {

    @Override
    String verb() {
        return "remove";
    }
}
