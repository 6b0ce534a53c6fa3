package org.strowger.core.internal.channel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Bridge;
import org.strowger.api.channel.BridgeHooks;
import org.strowger.api.channel.BridgeService;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelDriver;
import org.strowger.api.channel.ChannelLink;
import org.strowger.api.channel.ChannelRequestException;
import org.strowger.api.channel.ChannelService;
import org.strowger.api.channel.HangupCause;
import org.strowger.api.channel.NewChannel;
import org.strowger.api.channel.TechChannel;
import org.strowger.api.event.EventBus;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.media.Format;
import org.strowger.api.media.MediaClock;
import org.strowger.api.media.TranslationPaths;
import org.strowger.core.internal.osgi.LazyService;

/**
 * The channel registry and the {@link ChannelDriver} whiteboard. A driver that goes away takes its
 * channels with it: each is hung up with {@code NORMAL_CLEARING}, leaves its bridge and releases its
 * translators and timers before the driver's bundle is gone.
 *
 * <p>Calls are counted as Asterisk's CLI shows them for a call that spans several channels: one call
 * per linkedid, so an originated Local pair and the channel it dials make one call.
 */
@Component(service = {ChannelService.class, BridgeService.class, ChannelServiceImpl.class})
public final class ChannelServiceImpl implements ChannelService, BridgeService, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelServiceImpl.class);

    private final EventBus events;
    private final TranslationPaths translationPaths;
    private final MediaClock mediaClock;
    private final Map<String, RegisteredDriver> drivers = new ConcurrentHashMap<>();
    private final Map<String, ChannelImpl> byName = new ConcurrentHashMap<>();
    private final Map<String, ChannelImpl> byUniqueId = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> channelsPerCall = new ConcurrentHashMap<>();
    private final AtomicInteger nameSequence = new AtomicInteger();
    private final AtomicLong creationSequence = new AtomicLong();
    private final LongAdder processedCalls = new LongAdder();
    private final long startEpochSecond = System.currentTimeMillis() / 1000;
    private final ScheduledExecutorService timers;
    private final List<Runnable> technologyListeners = new CopyOnWriteArrayList<>();

    @Activate
    public ChannelServiceImpl(@Reference EventBus events, @Reference TranslationPaths translationPaths,
            @Reference MediaClock mediaClock) {
        this.events = events;
        this.translationPaths = translationPaths;
        this.mediaClock = mediaClock;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "strowger-channel-timers");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        this.timers = executor;
    }

    /**
     * Binds a driver service without getting it: the driver is activated on its first request. Drivers
     * need the channel service to create channels, so getting them while this component activates would
     * be a circle that SCR refuses.
     */
    @Reference(name = "driver", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindDriver(ComponentServiceObjects<ChannelDriver> driver, Map<String, Object> properties) {
        register(new RegisteredDriver(technologyOf(properties), LazyService.of(driver)));
    }

    void unbindDriver(ComponentServiceObjects<ChannelDriver> driver, Map<String, Object> properties) {
        unregister(technologyOf(properties), driver);
    }

    /** Adds a driver object directly (tests, and drivers that live outside a service registry). */
    public void addDriver(ChannelDriver driver, Map<String, Object> properties) {
        register(new RegisteredDriver(technologyOf(properties), LazyService.direct(driver)));
    }

    public void removeDriver(ChannelDriver driver, Map<String, Object> properties) {
        unregister(technologyOf(properties), driver);
    }

    private static String technologyOf(Map<String, Object> properties) {
        return properties.get(ChannelDriver.TECHNOLOGY) instanceof String name ? name : null;
    }

    private void register(RegisteredDriver driver) {
        String name = driver.technology();
        if (name == null || name.isBlank() || name.contains("/")) {
            LOG.warn("Ignoring a channel driver without a usable '{}' property: {}", ChannelDriver.TECHNOLOGY, name);
            return;
        }
        RegisteredDriver previous = drivers.putIfAbsent(key(name), driver);
        if (previous != null) {
            LOG.warn("Ignoring a second channel driver for technology '{}'; the first one stays registered", name);
            return;
        }
        LOG.info("Registered channel type '{}'", name);
        technologiesChanged();
    }

    private void unregister(String name, Object identity) {
        if (name == null) {
            return;
        }
        RegisteredDriver registered = drivers.get(key(name));
        if (registered == null || registered.driver().identity() != identity || !drivers.remove(key(name), registered)) {
            return;
        }
        List<ChannelImpl> orphans = byName.values().stream()
                .filter(channel -> channel.technology().equalsIgnoreCase(name))
                .toList();
        if (!orphans.isEmpty()) {
            LOG.info("Channel type '{}' is going away; hanging up its {} channel{}", name, orphans.size(),
                    orphans.size() == 1 ? "" : "s");
        }
        for (ChannelImpl channel : orphans) {
            channel.hangup(HangupCause.NORMAL_CLEARING.code());
        }
        registered.driver().release();
        LOG.info("Unregistered channel type '{}'", name);
        technologiesChanged();
    }

    /**
     * Runs the listener whenever a channel technology comes or goes (device states of {@code Tech/}
     * devices depend on it).
     */
    public void addTechnologyListener(Runnable listener) {
        technologyListeners.add(listener);
    }

    public void removeTechnologyListener(Runnable listener) {
        technologyListeners.remove(listener);
    }

    private void technologiesChanged() {
        for (Runnable listener : technologyListeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("A channel technology listener failed", e);
            }
        }
    }

    @Override
    public Channel request(String dialString, Set<Format> formats, Channel requestor) throws ChannelRequestException {
        int slash = dialString == null ? -1 : dialString.indexOf('/');
        if (slash <= 0 || slash == dialString.length() - 1) {
            throw new ChannelRequestException(HangupCause.INVALID_NUMBER_FORMAT,
                    "Malformed dial string '" + dialString + "': expected Tech/resource, e.g. Local/100@default");
        }
        String technology = dialString.substring(0, slash);
        String resource = dialString.substring(slash + 1);
        RegisteredDriver registered = drivers.get(key(technology));
        if (registered == null) {
            throw new ChannelRequestException(HangupCause.CHAN_NOT_IMPLEMENTED,
                    "No channel type registered for '" + technology + "'");
        }
        Channel channel;
        try {
            channel = registered.driver().get().request(resource, formats == null ? Set.of() : formats, requestor);
        } catch (RuntimeException e) {
            LOG.warn("The {} channel driver failed on a request for '{}'", technology, resource, e);
            throw new ChannelRequestException(HangupCause.NETWORK_OUT_OF_ORDER,
                    "The " + technology + " channel driver failed on '" + resource + "': " + e.getMessage());
        }
        if (channel == null) {
            throw new ChannelRequestException(HangupCause.NETWORK_OUT_OF_ORDER,
                    "The " + technology + " channel driver returned no channel for '" + resource + "'");
        }
        return channel;
    }

    @Override
    public ChannelLink newChannel(NewChannel spec, Function<ChannelLink, TechChannel> tech) {
        long created = creationSequence.incrementAndGet();
        String name = spec.name() != null ? spec.name()
                : spec.technology() + "/" + spec.resource() + "-" + sequenceSuffix(nextSequence());
        String uniqueId = startEpochSecond + "." + created;
        Channel requestor = spec.requestor();
        String linkedId = requestor != null ? requestor.linkedId() : uniqueId;
        List<Format> formats = List.copyOf(spec.nativeFormats());
        ChannelImpl channel = new ChannelImpl(this, name, spec.technology(), spec.resource(), uniqueId, linkedId,
                created, formats, spec.state(), spec.callerId(), spec.context(), spec.exten());
        channel.attach(tech.apply(channel.link()));
        if (requestor instanceof ChannelImpl parent) {
            parent.variableStore().inheritInto(channel.variableStore());
        }
        if (byName.putIfAbsent(key(name), channel) != null) {
            throw new IllegalStateException("A channel named " + name + " already exists");
        }
        byUniqueId.put(uniqueId, channel);
        if (channelsPerCall.computeIfAbsent(linkedId, id -> new AtomicInteger()).getAndIncrement() == 0) {
            processedCalls.increment();
        }
        publish(ChannelEvents.call("Newchannel", channel).build());
        return channel.link();
    }

    @Override
    public Bridge bridge(Channel first, Channel second) {
        return bridge(first, second, BridgeHooks.NONE);
    }

    @Override
    public Bridge bridge(Channel first, Channel second, BridgeHooks hooks) {
        if (!(first instanceof ChannelImpl a) || !(second instanceof ChannelImpl b)) {
            throw new IllegalArgumentException("only channels of this PBX can be bridged");
        }
        if (a == b) {
            throw new IllegalArgumentException("a channel cannot be bridged with itself: " + a.name());
        }
        BridgeImpl bridge = new BridgeImpl(this, a, b, hooks == null ? BridgeHooks.NONE : hooks);
        bridge.start();
        return bridge;
    }

    @Override
    public int nextSequence() {
        return nameSequence.incrementAndGet();
    }

    @Override
    public Optional<Channel> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(key(name)));
    }

    @Override
    public Optional<Channel> findByUniqueId(String uniqueId) {
        return uniqueId == null ? Optional.empty() : Optional.ofNullable(byUniqueId.get(uniqueId));
    }

    @Override
    public List<Channel> channels() {
        List<ChannelImpl> live = new ArrayList<>(byName.values());
        live.sort(Comparator.comparingLong(ChannelImpl::sequence));
        return List.copyOf(live);
    }

    @Override
    public int activeCalls() {
        return channelsPerCall.size();
    }

    @Override
    public long processedCalls() {
        return processedCalls.sum();
    }

    @Override
    public List<String> technologies() {
        return drivers.values().stream().map(RegisteredDriver::technology).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /** Hangs up every channel: the core is stopping. */
    @Deactivate
    @Override
    public void close() {
        for (Channel channel : channels()) {
            channel.hangup(HangupCause.NORMAL_CLEARING.code());
        }
        timers.shutdownNow();
    }

    void removed(ChannelImpl channel) {
        byName.remove(key(channel.name()), channel);
        byUniqueId.remove(channel.uniqueId(), channel);
        channelsPerCall.computeIfPresent(channel.linkedId(), (id, count) -> count.decrementAndGet() == 0 ? null : count);
    }

    void publish(PbxEvent event) {
        events.publish(event);
    }

    ScheduledFuture<?> schedule(Runnable task, long delayMillis) {
        return timers.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
    }

    TranslationPaths translationPaths() {
        return translationPaths;
    }

    MediaClock mediaClock() {
        return mediaClock;
    }

    /** A driver with the technology name as it registered it ({@code Skype}, not {@code skype}). */
    private record RegisteredDriver(String technology, LazyService<ChannelDriver> driver) {
    }

    /** Asterisk's {@code %08x} channel name suffix, without a formatter per channel. */
    public static String sequenceSuffix(int sequence) {
        String hex = Integer.toHexString(sequence);
        return hex.length() >= 8 ? hex : "00000000".substring(hex.length()) + hex;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
