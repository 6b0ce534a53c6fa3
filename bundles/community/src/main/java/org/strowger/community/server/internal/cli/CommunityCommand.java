package org.strowger.community.server.internal.cli;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.strowger.community.server.internal.EmbeddedCommunity;

/**
 * A {@code community:<verb> <words...>} command: the words go to the community's administration (the manual's
 * Business Control Panel), whose text is printed. Operator errors are printed as one line, never a stack trace.
 */
abstract class CommunityCommand implements Action {

    abstract EmbeddedCommunity community();

    abstract String verb();

    abstract List<String> words();

    @Override
    public final Object execute() {
        System.out.println(render());
        return null;
    }

    /** The text to print (tests call this). */
    final String render() {
        List<String> all = new ArrayList<>();
        all.add(verb());
        if (words() != null) {
            all.addAll(words());
        }
        try {
            return community().admin(all);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return "Error: " + e.getMessage();
        }
    }
}
