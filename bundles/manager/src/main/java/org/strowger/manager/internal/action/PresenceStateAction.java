package org.strowger.manager.internal.action;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerSession;
import org.strowger.api.state.Presence;
import org.strowger.api.state.PresenceState;
import org.strowger.api.state.PresenceStates;

/**
 * {@code PresenceState} (action_presencestate): {@code Message: Presence State}, the state, and
 * Subtype and Message only when set.
 */
@Component(property = {ManagerAction.ACTION + "=PresenceState", ManagerAction.PRIVILEGE + "=call,reporting"})
public final class PresenceStateAction implements ManagerAction {

    private final PresenceStates presences;

    @Activate
    public PresenceStateAction(@Reference PresenceStates presences) {
        this.presences = presences;
    }

    @Override
    public ManagerResponse handle(ManagerRequest request, ManagerSession session) {
        String provider = request.get("Provider");
        if (provider.isEmpty()) {
            return ManagerResponse.error("No provider specified");
        }
        Presence presence = presences.presence(provider);
        if (presence.state() == PresenceState.INVALID) {
            return ManagerResponse.error("Invalid provider " + provider + " or provider in invalid state");
        }
        ManagerResponse response = ManagerResponse.success("Presence State").with("State", presence.state().text());
        if (!presence.subtype().isEmpty()) {
            response = response.with("Subtype", presence.subtype());
        }
        if (!presence.message().isEmpty()) {
            response = response.with("Message", presence.message());
        }
        return response;
    }

    @Override
    public String synopsis() {
        return "Check Presence State";
    }
}
