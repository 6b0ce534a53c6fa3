package org.strowger.community.server.internal.cli;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.strowger.community.server.internal.EmbeddedCommunity;

/** {@code community:show ...}. */
@Service
@Command(scope = "community", name = "show", description = "Show accounts, one account or the calls in progress (accounts, account <name>, calls)")
public class CommunityShowCommand extends CommunityCommand {

    @Reference
    EmbeddedCommunity community;

    @Argument(index = 0, name = "words", description = "what to show and its arguments", required = true, multiValued = true)
    List<String> words = new ArrayList<>();

    @Override
    EmbeddedCommunity community() {
        return community;
    }

    @Override
    String verb() {
        return "show";
    }

    @Override
    List<String> words() {
        return words;
    }
}
