package org.strowger.core.internal.state;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.state.Presence;
import org.strowger.api.state.PresenceStateProvider;

/**
 * The {@code CustomPresence} presence provider: {@code custom_presence_callback} of
 * func_presencestate.c, read from astdb, subtype and message decoded if stored with {@code e}.
 */
@Component(property = PresenceStateProvider.PROVIDER + "=" + CustomPresenceStates.PROVIDER)
public final class CustomPresenceProvider implements PresenceStateProvider {

    private final AstDb db;

    @Activate
    public CustomPresenceProvider(@Reference AstDb db) {
        this.db = db;
    }

    @Override
    public Presence presence(String name) {
        return CustomPresenceStates.Value.parse(db.get(CustomPresenceStates.FAMILY, name).orElse(""))
                .map(CustomPresenceStates.Value::presence)
                .orElse(Presence.INVALID);
    }
}
