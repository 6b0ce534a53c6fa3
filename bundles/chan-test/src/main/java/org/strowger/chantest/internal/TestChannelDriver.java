package org.strowger.chantest.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.CallerId;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelDriver;
import org.strowger.api.channel.ChannelLink;
import org.strowger.api.channel.ChannelRequestException;
import org.strowger.api.channel.ChannelService;
import org.strowger.api.channel.ChannelState;
import org.strowger.api.channel.NewChannel;
import org.strowger.api.media.Format;
import org.strowger.api.media.MediaClock;
import org.strowger.chantest.ChannelProbe;
import org.strowger.chantest.TestChannels;

/**
 * TEST ONLY: the {@code Test} channel technology and the {@link TestChannels} handle on its
 * channels. One component serves both because they share the table of channels.
 */
@Component(service = {ChannelDriver.class, TestChannels.class},
        property = ChannelDriver.TECHNOLOGY + "=" + TestChannels.TECHNOLOGY_NAME,
        configurationPid = TestChannelDriver.PID)
public final class TestChannelDriver implements ChannelDriver, TestChannels {

    static final String PID = "org.strowger.chantest";

    private static final Logger LOG = LoggerFactory.getLogger(TestChannelDriver.class);

    /** Configuration (PID {@value #PID}). */
    public @interface Config {

        /** Received audio kept per channel, in seconds; 0 keeps none (benchmarks with many channels). */
        int retainedAudioSeconds() default 10;

        /** How many probes of hung-up channels stay available, the newest. */
        int retainedHungUpProbes() default 100;
    }

    private final ChannelService channels;
    private final MediaClock clock;
    private final ToneCache tones = new ToneCache();
    private final int retainedAudioSeconds;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, TestChannel> live = new ConcurrentHashMap<>();
    /** Guarded by itself; insertion order is hangup order, so the eldest is dropped first. */
    private final Map<String, TestChannel> recentlyHungUp;

    @Activate
    public TestChannelDriver(@Reference(name = "channels") ChannelService channels,
            @Reference(name = "clock") MediaClock clock, Config config) {
        this(channels, clock, config.retainedAudioSeconds(), config.retainedHungUpProbes());
    }

    TestChannelDriver(ChannelService channels, MediaClock clock, int retainedAudioSeconds, int retainedHungUpProbes) {
        this.channels = Objects.requireNonNull(channels, "channels");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (retainedAudioSeconds < 0 || retainedHungUpProbes < 0) {
            throw new IllegalArgumentException("retainedAudioSeconds and retainedHungUpProbes cannot be negative: "
                    + retainedAudioSeconds + ", " + retainedHungUpProbes);
        }
        this.retainedAudioSeconds = retainedAudioSeconds;
        this.recentlyHungUp = new LinkedHashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, TestChannel> eldest) {
                return size() > retainedHungUpProbes;
            }
        };
        LOG.debug("Test channel driver started: {} s of audio and {} hung-up probes kept",
                retainedAudioSeconds, retainedHungUpProbes);
    }

    @Deactivate
    void deactivate() {
        List<TestChannel> remaining = new ArrayList<>(live.values());
        if (!remaining.isEmpty()) {
            LOG.info("Test channel driver stopping: hanging up {} channel(s)", remaining.size());
        }
        remaining.forEach(TestChannel::release);
    }

    @Override
    public String description() {
        return "Test Channel Driver (tests only)";
    }

    @Override
    public Channel request(String resource, Set<Format> formats, Channel requestor) throws ChannelRequestException {
        FarEndScript script = FarEndScript.parseDialled(resource);
        NewChannel spec = NewChannel.builder(TECHNOLOGY_NAME, script.name())
                .format(script.format())
                .state(ChannelState.DOWN)
                .requestor(requestor)
                .build();
        return create(spec, script, false);
    }

    @Override
    public Channel incoming(String name, Format format, String context, String exten, CallerId callerId) {
        Objects.requireNonNull(format, "format");
        FarEndScript script = FarEndScript.parseIncoming(name, format);
        NewChannel spec = NewChannel.builder(TECHNOLOGY_NAME, script.name())
                .format(format)
                .state(ChannelState.RING)
                .callerId(callerId)
                .dialplan(Objects.requireNonNull(context, "context"), Objects.requireNonNull(exten, "exten"))
                .build();
        return create(spec, script, true);
    }

    private Channel create(NewChannel spec, FarEndScript script, boolean incoming) {
        long number = sequence.incrementAndGet();
        TestChannel[] created = new TestChannel[1];
        ChannelLink link = channels.newChannel(spec, newLink -> {
            created[0] = new TestChannel(newLink, script, incoming, number, clock, tones, retainedAudioSeconds,
                    this::retire);
            return created[0];
        });
        TestChannel channel = created[0];
        live.put(key(link.channel().name()), channel);
        // the core may have hung it up before it was in the table
        if (channel.probe().isHungUp()) {
            retire(channel);
        }
        LOG.debug("{} created: {}", link.channel().name(), script);
        return link.channel();
    }

    private void retire(TestChannel channel) {
        String key = key(channel.probe().channelName());
        synchronized (recentlyHungUp) {
            if (live.remove(key, channel)) {
                recentlyHungUp.put(key, channel);
            }
        }
    }

    @Override
    public ChannelProbe probe(Channel channel) {
        return probe(Objects.requireNonNull(channel, "channel").name());
    }

    @Override
    public ChannelProbe probe(String channelName) {
        return find(channelName).orElseThrow(() -> new NoSuchElementException("no Test channel named " + channelName
                + " (neither live nor among the hung-up channels still kept)"));
    }

    @Override
    public Optional<ChannelProbe> find(String channelName) {
        String key = key(Objects.requireNonNull(channelName, "channelName"));
        TestChannel channel = live.get(key);
        if (channel == null) {
            synchronized (recentlyHungUp) {
                channel = recentlyHungUp.get(key);
            }
        }
        return Optional.ofNullable(channel).map(TestChannel::probe);
    }

    @Override
    public List<ChannelProbe> probes() {
        List<TestChannel> all = new ArrayList<>(live.values());
        all.sort(Comparator.comparingLong(TestChannel::sequence));
        synchronized (recentlyHungUp) {
            List<TestChannel> ended = new ArrayList<>(recentlyHungUp.values());
            ended.sort(Comparator.comparingLong(TestChannel::sequence));
            all.addAll(ended);
        }
        return all.stream().map(TestChannel::probe).toList();
    }

    private static String key(String channelName) {
        return channelName.toLowerCase(Locale.ROOT);
    }
}
