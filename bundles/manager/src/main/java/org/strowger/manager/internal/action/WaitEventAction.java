package org.strowger.manager.internal.action;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerSession;

/**
 * {@code WaitEvent}: the server itself waits on the session (it must hold the session's events
 * back), so this entry only puts WaitEvent into the action table for {@code ListCommands}; a
 * request never reaches it.
 */
@Component(property = ManagerAction.ACTION + "=WaitEvent")
public final class WaitEventAction implements ManagerAction {

    @Override
    public ManagerResponse handle(ManagerRequest request, ManagerSession session) {
        return ManagerResponse.success("Waiting for Event completed.");
    }

    @Override
    public String synopsis() {
        return "Wait for an event to occur.";
    }
}
