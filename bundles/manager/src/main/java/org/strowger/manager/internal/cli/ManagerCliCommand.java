package org.strowger.manager.internal.cli;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Karaf command that prints an Asterisk CLI text built by {@link #render()}, which tests call
 * directly. A failure is printed as Asterisk's CLI_FAILURE line rather than thrown, so the shell,
 * ssh and the AMI {@code Command} action all print the same thing.
 */
abstract class ManagerCliCommand implements Action {

    private static final Logger LOG = LoggerFactory.getLogger(ManagerCliCommand.class);

    @Override
    public final Object execute() {
        String text;
        try {
            text = render();
        } catch (RuntimeException e) {
            Command command = getClass().getAnnotation(Command.class);
            String line = command == null ? getClass().getSimpleName() : command.scope() + " " + command.name();
            LOG.warn("CLI command '{}' failed", line, e);
            text = "Command '" + line + "' failed.\n";
        }
        System.out.print(text);
        return null;
    }

    abstract String render();
}
