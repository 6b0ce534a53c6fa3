package org.strowger.core.internal.state;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.event.EventBus;
import org.strowger.api.event.EventCategory;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.state.Presence;
import org.strowger.api.state.PresenceState;
import org.strowger.api.state.PresenceStateProvider;
import org.strowger.api.state.PresenceStates;
import org.strowger.core.internal.osgi.LazyService;

/**
 * Presence states as Asterisk's main/presencestate.c keeps them: a presentity is a list joined by
 * {@code &}; each item is answered from the cache (unless INVALID) or by the provider its
 * {@code Label:} names, and the strongest presence wins by the order invalid < not_set < available
 * < unavailable < chat < away < xa < dnd.
 */
@Component(service = PresenceStates.class, immediate = true)
public final class PresenceStatesImpl implements PresenceStates {

    private static final Logger LOG = LoggerFactory.getLogger(PresenceStatesImpl.class);

    private final EventBus events;
    private final StateThread stateThread;
    private final Map<String, RegisteredProvider> providers = new ConcurrentHashMap<>();
    private final Map<String, Presence> cache = new ConcurrentHashMap<>();

    @Activate
    public PresenceStatesImpl(@Reference EventBus events, @Reference StateThread stateThread) {
        this.events = events;
        this.stateThread = stateThread;
    }

    /** Binds a provider without getting it: providers report changes here, so getting them now would be a circle. */
    @Reference(name = "provider", service = PresenceStateProvider.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindProvider")
    void bindProvider(ComponentServiceObjects<PresenceStateProvider> provider, Map<String, Object> properties) {
        register(LazyService.of(provider), properties);
    }

    void unbindProvider(ComponentServiceObjects<PresenceStateProvider> provider, Map<String, Object> properties) {
        unregister(provider, properties);
    }

    /** Adds a provider object directly (tests). */
    public void addProvider(PresenceStateProvider provider, Map<String, Object> properties) {
        register(LazyService.direct(provider), properties);
    }

    private void register(LazyService<PresenceStateProvider> provider, Map<String, Object> properties) {
        if (!(properties.get(PresenceStateProvider.PROVIDER) instanceof String label) || label.isBlank()) {
            LOG.warn("Presence state provider {} has no '{}' property and is not used", properties.get("component.name"),
                    PresenceStateProvider.PROVIDER);
            return;
        }
        // Asterisk would put a second provider of the same label in front of the first; a whiteboard
        // keeps the first, as device state providers do, so that a lookup never changes owner silently.
        if (providers.putIfAbsent(key(label), new RegisteredProvider(label.strip(), provider)) != null) {
            LOG.warn("Presence state provider '{}' already registered", label.strip());
        } else {
            stateThread.requestResync();
        }
    }

    public void removeProvider(PresenceStateProvider provider, Map<String, Object> properties) {
        unregister(provider, properties);
    }

    private void unregister(Object identity, Map<String, Object> properties) {
        if (properties.get(PresenceStateProvider.PROVIDER) instanceof String label) {
            RegisteredProvider gone = providers.get(key(label));
            if (gone != null && gone.provider().identity() == identity && providers.remove(key(label), gone)) {
                gone.provider().release();
                stateThread.requestResync();
            }
        }
    }

    @Override
    public Presence presence(String presentity) {
        return presentity == null ? Presence.INVALID : lookup(presentity, true);
    }

    /** {@code ast_presence_state_helper}: every {@code &} item, the strongest presence wins. */
    Presence lookup(String presentity, boolean checkCache) {
        Presence result = Presence.INVALID;
        for (String label : presentity.split("&", -1)) {
            Presence next = Presence.INVALID;
            if (checkCache) {
                Presence cached = cache.get(label);
                if (cached != null) {
                    next = cached;
                }
            }
            if (next.state() == PresenceState.INVALID) {
                next = providerPresence(label);
            }
            if (rank(next.state()) > rank(result.state())) {
                result = next;
            }
        }
        return result;
    }

    private Presence providerPresence(String label) {
        if (label.indexOf('/') >= 0) {
            // Tech/x asks the channel technology; none of ours answers presence.
            return Presence.INVALID;
        }
        int colon = label.indexOf(':');
        if (colon < 0) {
            LOG.warn("No label found for presence state provider: {}", label);
            return Presence.INVALID;
        }
        String name = label.substring(0, colon);
        RegisteredProvider registered = providers.get(key(name));
        if (registered == null) {
            LOG.warn("No provider found for label: {}", name);
            return Presence.INVALID;
        }
        try {
            Presence presence = registered.provider().get().presence(label.substring(colon + 1));
            return presence == null ? Presence.INVALID : presence;
        } catch (RuntimeException e) {
            LOG.warn("Presence state provider '{}' failed on '{}'", registered.label(), label, e);
            return Presence.INVALID;
        }
    }

    /** The state_order[] of ast_presence_state_helper. */
    static int rank(PresenceState state) {
        return switch (state) {
            case INVALID -> 0;
            case NOT_SET -> 1;
            case AVAILABLE -> 2;
            case UNAVAILABLE -> 3;
            case CHAT -> 4;
            case AWAY -> 5;
            case XA -> 6;
            case DND -> 7;
        };
    }

    /**
     * {@code ast_presence_state_changed}: NOT_SET means "ask the provider again", done on the state
     * thread; any other presence is cached at once. The {@code PresenceStateChange} event and the
     * hints follow on the state thread, in order.
     */
    @Override
    public void changed(String presentity, Presence presence) {
        if (presentity == null || presentity.isEmpty()) {
            LOG.warn("A presence state change names no presentity; ignored");
            return;
        }
        Presence given = presence == null ? Presence.NOT_SET : presence;
        if (given.state() != PresenceState.NOT_SET) {
            cache.put(presentity, given);
        }
        stateThread.submit(() -> {
            Presence actual = given;
            if (given.state() == PresenceState.NOT_SET) {
                actual = lookup(presentity, false);
                cache.put(presentity, actual);
            }
            announce(presentity, actual);
        });
    }

    private void announce(String presentity, Presence presence) {
        events.publish(PbxEvent.builder("PresenceStateChange", EventCategory.CALL)
                .field("Presentity", presentity)
                .field("Status", presence.state().text())
                .field("Subtype", presence.subtype())
                .field("Message", presence.message())
                .build());
        for (StateListener listener : stateThread.listeners()) {
            listener.presenceStateChanged(presentity, presence);
        }
    }

    @Override
    public Map<String, Presence> cached() {
        SortedMap<String, Presence> sorted = new TreeMap<>(cache);
        return Collections.unmodifiableSortedMap(sorted);
    }

    private static String key(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }

    private record RegisteredProvider(String label, LazyService<PresenceStateProvider> provider) {
    }
}
