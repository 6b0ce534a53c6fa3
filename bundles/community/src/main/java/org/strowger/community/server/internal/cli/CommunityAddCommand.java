package org.strowger.community.server.internal.cli;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code community:add ...}. */
@Service
@Command(scope = "community", name = "add", description = "Add an account, SkypeIn number or buddy pair (account <name> <password> [business|personal|administrator] [fullname], skypein <number> <account>, buddies <a> <b>)")
public class CommunityAddCommand extends CommunityCommand {

    @Override
    String verb() {
        return "add";
    }
}
