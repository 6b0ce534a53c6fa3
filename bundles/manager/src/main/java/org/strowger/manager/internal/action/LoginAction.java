package org.strowger.manager.internal.action;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerSession;

/**
 * {@code Login}: the server authenticates before any action runs, so this entry only puts Login
 * into the action table for {@code ListCommands}; a request never reaches it.
 */
@Component(property = ManagerAction.ACTION + "=Login")
public final class LoginAction implements ManagerAction {

    @Override
    public ManagerResponse handle(ManagerRequest request, ManagerSession session) {
        return ManagerResponse.success("Already authenticated");
    }

    @Override
    public String synopsis() {
        return "Login Manager.";
    }
}
