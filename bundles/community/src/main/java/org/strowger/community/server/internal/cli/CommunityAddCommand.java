package org.strowger.community.server.internal.cli;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.strowger.community.server.internal.EmbeddedCommunity;

/** {@code community:add ...}. */
@Service
@Command(scope = "community", name = "add", description = "Add an account, SkypeIn number or buddy pair (account <name> <password> [business|personal|administrator] [fullname], skypein <number> <account>, buddies <a> <b>)")
public class CommunityAddCommand extends CommunityCommand {

    @Reference
    EmbeddedCommunity community;

    @Argument(index = 0, name = "words", description = "what to add and its arguments", required = true, multiValued = true)
    List<String> words = new ArrayList<>();

    @Override
    EmbeddedCommunity community() {
        return community;
    }

    @Override
    String verb() {
        return "add";
    }

    @Override
    List<String> words() {
        return words;
    }
}
