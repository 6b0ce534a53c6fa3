package org.strowger.manager.internal.action;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerSession;
import org.strowger.manager.internal.ActionTable;
import org.strowger.manager.internal.ActionTable.RegisteredAction;
import org.strowger.manager.internal.Permissions;

/**
 * {@code ListCommands} (action_listcommands): every action the session may run, sorted
 * case-insensitively, as {@code Name: synopsis  (Priv: classes)}. Login is the server's own and
 * listed with the others.
 */
@Component(property = ManagerAction.ACTION + "=ListCommands")
public final class ListCommandsAction implements ManagerAction {

    private final ActionTable actions;

    @Activate
    public ListCommandsAction(@Reference ActionTable actions) {
        this.actions = actions;
    }

    @Override
    public ManagerResponse handle(ManagerRequest request, ManagerSession session) {
        ManagerResponse response = ManagerResponse.success();
        for (RegisteredAction action : actions.sorted()) {
            if (action.privilege() == 0 || (session.writeMask() & action.privilege()) != 0) {
                // Asterisk's synopses end in a space, so two spaces precede "(Priv:"
                response = response.with(action.name(),
                        action.action().synopsis() + "  (Priv: " + Permissions.toText(action.privilege()) + ")");
            }
        }
        return response;
    }

    @Override
    public String synopsis() {
        return "List available manager commands.";
    }
}
