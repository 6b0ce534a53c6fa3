package org.strowger.core.internal.cli;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Karaf command that prints an Asterisk CLI text. Subclasses build the whole text in
 * {@link #render()}, which unit tests call directly; failures are texts too (usage, "Command '...'
 * failed."), never exceptions, so the shell, ssh and the AMI print the same thing.
 */
abstract class AsteriskCommand implements Action {

    private static final Logger LOG = LoggerFactory.getLogger(AsteriskCommand.class);

    @Override
    public final Object execute() {
        String text;
        try {
            text = render();
        } catch (RuntimeException e) {
            // A bug or a service that went away mid-command: the operator gets Asterisk's
            // CLI_FAILURE line, the log gets the stack trace.
            LOG.warn("CLI command '{}' failed", asteriskLine(), e);
            text = Usage.failed(asteriskLine());
        }
        System.out.print(text);
        return null;
    }

    abstract String render();

    /** The Asterisk CLI line this command runs, for the failure text; subclasses add their words. */
    String asteriskLine() {
        Command command = getClass().getAnnotation(Command.class);
        return command == null ? getClass().getSimpleName() : command.scope() + " " + command.name();
    }
}
