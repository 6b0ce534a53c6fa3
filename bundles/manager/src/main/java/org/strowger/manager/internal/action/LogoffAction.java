package org.strowger.manager.internal.action;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerSession;

/** {@code Logoff} (action_logoff): Goodbye, after which the server closes the connection. */
@Component(property = ManagerAction.ACTION + "=Logoff")
public final class LogoffAction implements ManagerAction {

    @Override
    public ManagerResponse handle(ManagerRequest request, ManagerSession session) {
        return ManagerResponse.goodbye("Thanks for all the fish.");
    }

    @Override
    public String synopsis() {
        return "Logoff Manager.";
    }
}
