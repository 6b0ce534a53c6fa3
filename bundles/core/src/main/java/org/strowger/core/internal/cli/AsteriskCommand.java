package org.strowger.core.internal.cli;

import org.apache.karaf.shell.api.action.Action;

/**
 * A Karaf command that prints an Asterisk CLI text. Subclasses build the whole text in
 * {@link #render()}, which unit tests call directly; failures are texts too (usage, "Command '...'
 * failed."), never exceptions, so the shell, ssh and the AMI print the same thing.
 */
abstract class AsteriskCommand implements Action {

    @Override
    public final Object execute() {
        System.out.print(render());
        return null;
    }

    abstract String render();
}
