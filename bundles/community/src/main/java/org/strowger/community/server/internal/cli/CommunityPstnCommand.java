package org.strowger.community.server.internal.cli;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.strowger.community.server.internal.EmbeddedCommunity;

/** {@code community:pstn ...}. */
@Service
@Command(scope = "community", name = "pstn", description = "Simulate a PSTN caller ringing a SkypeIn number (call <from-number> <skypein-number>)")
public class CommunityPstnCommand extends CommunityCommand {

    @Reference
    EmbeddedCommunity community;

    @Argument(index = 0, name = "words", description = "what to pstn and its arguments", required = true, multiValued = true)
    List<String> words = new ArrayList<>();

    @Override
    EmbeddedCommunity community() {
        return community;
    }

    @Override
    String verb() {
        return "pstn";
    }

    @Override
    List<String> words() {
        return words;
    }
}
