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
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelService;
import org.strowger.api.event.EventBus;
import org.strowger.api.event.EventCategory;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.event.Subscription;
import org.strowger.api.state.DeviceState;
import org.strowger.api.state.DeviceStateProvider;
import org.strowger.api.state.DeviceStates;
import org.strowger.core.internal.channel.ChannelServiceImpl;
import org.strowger.core.internal.osgi.LazyService;

/**
 * Device states as Asterisk's main/devicestate.c keeps them. A lookup tries the cache first (unless
 * it holds UNKNOWN); {@code Tech/resource} devices are inferred from the live channels of that
 * technology, {@code Provider:data} devices are asked of their {@link DeviceStateProvider}. Channel
 * events keep the devices of channels current, as {@code ast_setstate} does with
 * {@code ast_devstate_changed(AST_DEVICE_UNKNOWN, ...)}.
 */
@Component(service = DeviceStates.class, immediate = true)
public final class DeviceStatesImpl implements DeviceStates {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceStatesImpl.class);

    /** Channel events waiting for this component; far above a burst of call setups. */
    static final int CHANNEL_EVENT_CAPACITY = 10_000;

    private final ChannelService channels;
    private final EventBus events;
    private final StateThread stateThread;
    private final Map<String, RegisteredProvider> providers = new ConcurrentHashMap<>();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Subscription channelEvents;
    private final Runnable technologiesChanged;

    @Activate
    public DeviceStatesImpl(@Reference ChannelService channels, @Reference EventBus events,
            @Reference StateThread stateThread) {
        this.channels = channels;
        this.events = events;
        this.stateThread = stateThread;
        this.channelEvents = events.subscribe(this::onChannelEvent, CHANNEL_EVENT_CAPACITY);
        this.technologiesChanged = stateThread::requestResync;
        if (channels instanceof ChannelServiceImpl core) {
            // A Tech/ device is INVALID while its technology is missing: the hints follow it coming and going.
            core.addTechnologyListener(technologiesChanged);
        }
    }

    @Deactivate
    void stop() {
        if (channels instanceof ChannelServiceImpl core) {
            core.removeTechnologyListener(technologiesChanged);
        }
        channelEvents.close();
    }

    /** Binds a provider without getting it: providers report changes here, so getting them now would be a circle. */
    @Reference(name = "provider", service = DeviceStateProvider.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindProvider")
    void bindProvider(ComponentServiceObjects<DeviceStateProvider> provider, Map<String, Object> properties) {
        register(LazyService.of(provider), properties);
    }

    void unbindProvider(ComponentServiceObjects<DeviceStateProvider> provider, Map<String, Object> properties) {
        unregister(provider, properties);
    }

    /** Adds a provider object directly (tests). */
    public void addProvider(DeviceStateProvider provider, Map<String, Object> properties) {
        register(LazyService.direct(provider), properties);
    }

    private void register(LazyService<DeviceStateProvider> provider, Map<String, Object> properties) {
        if (!(properties.get(DeviceStateProvider.PROVIDER) instanceof String label) || label.isBlank()) {
            LOG.warn("Device state provider {} has no '{}' property and is not used", properties.get("component.name"),
                    DeviceStateProvider.PROVIDER);
            return;
        }
        RegisteredProvider registered = new RegisteredProvider(label.strip(), provider);
        // ast_devstate_prov_add: labels are compared with strcasecmp and a second one is refused.
        if (providers.putIfAbsent(key(label), registered) != null) {
            LOG.warn("Device state provider '{}' already registered", label.strip());
        } else {
            LOG.debug("Registered device state provider '{}'", label.strip());
            stateThread.requestResync();
        }
    }

    public void removeProvider(DeviceStateProvider provider, Map<String, Object> properties) {
        unregister(provider, properties);
    }

    private void unregister(Object identity, Map<String, Object> properties) {
        if (properties.get(DeviceStateProvider.PROVIDER) instanceof String label) {
            RegisteredProvider gone = providers.get(key(label));
            if (gone != null && gone.provider().identity() == identity && providers.remove(key(label), gone)) {
                gone.provider().release();
                stateThread.requestResync();
            }
        }
    }

    @Override
    public DeviceState state(String device) {
        return device == null ? DeviceState.INVALID : lookup(device, true);
    }

    /** {@code _ast_device_state}: the cache (unless UNKNOWN), then the technology or the provider. */
    DeviceState lookup(String device, boolean checkCache) {
        if (checkCache) {
            Cached cached = cache.get(device);
            if (cached != null && cached.state() != DeviceState.UNKNOWN) {
                return cached.state();
            }
        }
        int slash = device.indexOf('/');
        if (slash < 0) {
            int colon = device.indexOf(':');
            if (colon < 0) {
                return DeviceState.INVALID;
            }
            return providerState(device.substring(0, colon), device.substring(colon + 1));
        }
        String technology = device.substring(0, slash);
        if (channels.technologies().stream().noneMatch(technology::equalsIgnoreCase)) {
            return DeviceState.INVALID;
        }
        return fromChannels(device);
    }

    /**
     * The state of a device from its channels ({@code ast_parse_device_state}): every live channel named
     * {@code device-...} counts, combined as a hint combines devices; none is UNKNOWN.
     */
    private DeviceState fromChannels(String device) {
        String prefix = device + "-";
        DeviceStateAggregate aggregate = null;
        for (Channel channel : channels.channels()) {
            String name = channel.name();
            if (name.regionMatches(true, 0, prefix, 0, prefix.length())) {
                if (aggregate == null) {
                    aggregate = new DeviceStateAggregate();
                }
                aggregate.add(DeviceStateAggregate.fromChannelState(channel.state()));
            }
        }
        return aggregate == null ? DeviceState.UNKNOWN : aggregate.result();
    }

    private DeviceState providerState(String label, String data) {
        RegisteredProvider registered = providers.get(key(label));
        if (registered == null) {
            return DeviceState.INVALID;
        }
        try {
            DeviceState state = registered.provider().get().state(data);
            return state == null ? DeviceState.UNKNOWN : state;
        } catch (RuntimeException e) {
            LOG.warn("Device state provider '{}' failed on '{}'", registered.label(), data, e);
            return DeviceState.UNKNOWN;
        }
    }

    /**
     * {@code ast_devstate_changed}: a known state is cached at once; UNKNOWN means "ask again", which
     * the state thread does before it announces the result. Either way the announcement (the
     * {@code DeviceStateChange} event and the hints) happens on the state thread, in order.
     */
    @Override
    public void changed(String device, DeviceState state) {
        if (device == null || device.isEmpty()) {
            LOG.warn("A device state change names no device; ignored");
            return;
        }
        DeviceState given = state == null ? DeviceState.UNKNOWN : state;
        Cached entry = new Cached(given);
        cache.put(device, entry);
        stateThread.submit(() -> {
            DeviceState actual = given;
            if (given == DeviceState.UNKNOWN) {
                actual = lookup(device, false);
                // A newer change made meanwhile stays: it is announced after this one.
                cache.replace(device, entry, new Cached(actual));
            }
            announce(device, actual);
        });
    }

    private void announce(String device, DeviceState state) {
        events.publish(PbxEvent.builder("DeviceStateChange", EventCategory.CALL)
                .field("Device", device)
                .field("State", state.parseableName())
                .build());
        for (StateListener listener : stateThread.listeners()) {
            listener.deviceStateChanged(device, state);
        }
    }

    @Override
    public Map<String, DeviceState> cached() {
        SortedMap<String, DeviceState> sorted = new TreeMap<>();
        cache.forEach((device, cached) -> sorted.put(device, cached.state()));
        return Collections.unmodifiableSortedMap(sorted);
    }

    private void onChannelEvent(PbxEvent event) {
        switch (event.name()) {
            case "Newchannel", "Newstate", "Hangup" -> event.get("Channel")
                    .ifPresent(name -> changed(DeviceStateAggregate.deviceOf(name), DeviceState.UNKNOWN));
            default -> {
                // other events do not change what a device is doing
            }
        }
    }

    private static String key(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }

    /** A cache entry; compared by identity, so a late lookup never overwrites a newer change. */
    private static final class Cached {

        private final DeviceState state;

        Cached(DeviceState state) {
            this.state = state;
        }

        DeviceState state() {
            return state;
        }
    }

    private record RegisteredProvider(String label, LazyService<DeviceStateProvider> provider) {
    }
}
