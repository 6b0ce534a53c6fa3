package org.strowger.manager.internal.action;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerSession;

/** {@code Challenge} (action_challenge): the session's MD5 challenge, the same on every call. */
@Component(property = ManagerAction.ACTION + "=Challenge")
public final class ChallengeAction implements ManagerAction {

    @Override
    public ManagerResponse handle(ManagerRequest request, ManagerSession session) {
        if (!request.get("AuthType").equalsIgnoreCase("MD5")) {
            return ManagerResponse.error("Must specify AuthType");
        }
        return ManagerResponse.success().with("Challenge", session.challenge());
    }

    @Override
    public String synopsis() {
        return "Generate Challenge for MD5 Auth.";
    }
}
