package org.strowger.manager.internal.action;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerSession;
import org.strowger.manager.internal.Permissions;

/**
 * {@code Events} (action_events): the session's event mask becomes {@code read & EventMask}. The
 * reply says On or Off after the mask as given, not after the read mask trimmed it.
 */
@Component(property = ManagerAction.ACTION + "=Events")
public final class EventsAction implements ManagerAction {

    @Override
    public ManagerResponse handle(ManagerRequest request, ManagerSession session) {
        int mask = Permissions.parseEventMask(request.get("EventMask"));
        if (mask < 0) {
            return ManagerResponse.error("Invalid event mask");
        }
        session.setEventMask(mask);
        return ManagerResponse.success().with("Events", mask > 0 ? "On" : "Off");
    }

    @Override
    public String synopsis() {
        return "Control Event Flow.";
    }
}
