package org.strowger.manager.internal.action;

import java.time.Instant;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerSession;

/** {@code Ping} (action_ping): {@code Ping: Pong} and the time as seconds.microseconds, no Message. */
@Component(property = ManagerAction.ACTION + "=Ping")
public final class PingAction implements ManagerAction {

    @Override
    public ManagerResponse handle(ManagerRequest request, ManagerSession session) {
        Instant now = Instant.now();
        return ManagerResponse.success()
                .with("Ping", "Pong")
                .with("Timestamp", String.format("%d.%06d", now.getEpochSecond(), now.getNano() / 1000));
    }

    @Override
    public String synopsis() {
        return "Keepalive command.";
    }
}
