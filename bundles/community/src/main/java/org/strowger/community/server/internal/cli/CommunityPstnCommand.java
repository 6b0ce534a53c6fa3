package org.strowger.community.server.internal.cli;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code community:pstn ...}. */
@Service
@Command(scope = "community", name = "pstn", description = "Simulate a PSTN caller ringing a SkypeIn number (call <from-number> <skypein-number>)")
public class CommunityPstnCommand extends CommunityCommand {

    @Override
    String verb() {
        return "pstn";
    }
}
