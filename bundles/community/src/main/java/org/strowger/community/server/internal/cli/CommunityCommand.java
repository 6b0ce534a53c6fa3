package org.strowger.community.server.internal.cli;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.strowger.community.server.internal.EmbeddedCommunity;

/**
 * A {@code community:<verb> <words...>} command: the words go to the community's administration (the manual's
 * Business Control Panel), whose text is printed. Operator errors are printed as one line, never a stack trace.
 * Karaf injects the reference and the argument declared here into each subclass, which names only its verb.
 */
abstract class CommunityCommand implements Action {

    @Reference
    EmbeddedCommunity community;

    @Argument(index = 0, name = "words", description = "what to act on and its arguments, as the command's description lists them",
            required = true, multiValued = true)
    List<String> words = new ArrayList<>();

    abstract String verb();

    @Override
    public final Object execute() {
        System.out.println(render());
        return null;
    }

    /** The text to print (tests call this). */
    final String render() {
        List<String> all = new ArrayList<>();
        all.add(verb());
        if (words != null) {
            all.addAll(words);
        }
        try {
            return community.admin(all);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return "Error: " + e.getMessage();
        }
    }
}
