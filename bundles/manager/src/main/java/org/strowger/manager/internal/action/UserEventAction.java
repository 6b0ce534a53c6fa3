package org.strowger.manager.internal.action;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.event.EventBus;
import org.strowger.api.event.EventCategory;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.manager.ManagerHeader;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerSession;

/**
 * {@code UserEvent} (action_userevent): answers {@code Event Sent} and publishes a {@code UserEvent}
 * of class user carrying every request header but Action and UserEvent, in order, so the
 * ActionID travels too.
 */
@Component(property = {ManagerAction.ACTION + "=UserEvent", ManagerAction.PRIVILEGE + "=user"})
public final class UserEventAction implements ManagerAction {

    private final EventBus events;

    @Activate
    public UserEventAction(@Reference EventBus events) {
        this.events = events;
    }

    @Override
    public ManagerResponse handle(ManagerRequest request, ManagerSession session) {
        PbxEvent.Builder event = PbxEvent.builder("UserEvent", EventCategory.USER)
                .field("UserEvent", request.get("UserEvent"));
        for (ManagerHeader header : request.headers()) {
            if (!header.name().equalsIgnoreCase("UserEvent") && !header.name().equalsIgnoreCase("Action")) {
                event.field(header.name(), header.value());
            }
        }
        // the reply goes out before the event can, as in Asterisk: publishing only queues it
        events.publish(event.build());
        return ManagerResponse.success("Event Sent");
    }

    @Override
    public String synopsis() {
        return "Send an arbitrary event.";
    }
}
