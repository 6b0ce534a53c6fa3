package org.strowger.benchmarks.generator;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelDriver;
import org.strowger.api.channel.ChannelRequestException;
import org.strowger.api.channel.ChannelService;
import org.strowger.api.channel.HangupCause;
import org.strowger.api.channel.NewChannel;
import org.strowger.api.media.Format;
import org.strowger.api.media.MediaClock;

/**
 * The {@code Gen} technology: a far end that answers at once and, once started, sends one prepared
 * 20 ms voice frame per media-clock tick while counting what it is sent. It stands in for a real
 * network driver in the benchmarks, so what they measure is the core: the frame path, bridging,
 * translation, channel setup and teardown.
 *
 * <p>Dial strings are {@code Gen/<name>} (mu-law) or {@code Gen/<name>:alaw} / {@code :slin} to make a
 * channel of that single native format.
 */
public final class GeneratorDriver implements ChannelDriver {

    public static final String TECHNOLOGY = "Gen";

    private final ChannelService channels;
    private final MediaClock clock;
    private final Map<Channel, GeneratorChannel> live = new ConcurrentHashMap<>();

    public GeneratorDriver(ChannelService channels, MediaClock clock) {
        this.channels = channels;
        this.clock = clock;
    }

    /** Service properties as a whiteboard registration would carry them. */
    public static Map<String, Object> serviceProperties() {
        return Map.of(ChannelDriver.TECHNOLOGY, TECHNOLOGY);
    }

    @Override
    public String description() {
        return "Benchmark frame generator";
    }

    @Override
    public Channel request(String resource, Set<Format> formats, Channel requestor) throws ChannelRequestException {
        int colon = resource.indexOf(':');
        String name = colon < 0 ? resource : resource.substring(0, colon);
        Format format = Format.ULAW;
        if (colon >= 0) {
            String formatName = resource.substring(colon + 1);
            format = Format.byName(formatName).filter(f -> f != Format.G729).orElseThrow(() ->
                    new ChannelRequestException(HangupCause.INVALID_NUMBER_FORMAT, "Gen cannot generate " + formatName));
        }
        Format nativeFormat = format;
        return channels.newChannel(NewChannel.builder(TECHNOLOGY, name).format(nativeFormat).requestor(requestor).build(),
                link -> {
                    GeneratorChannel generator = new GeneratorChannel(link, nativeFormat, clock, this::forget);
                    live.put(link.channel(), generator);
                    return generator;
                }).channel();
    }

    /** The generator behind a channel of this technology, while the channel is up. */
    public Optional<GeneratorChannel> generator(Channel channel) {
        return Optional.ofNullable(live.get(channel));
    }

    /** Generators whose channels have not hung up yet: a soak test expects this to return to zero. */
    public int liveGenerators() {
        return live.size();
    }

    private void forget(GeneratorChannel generator) {
        live.remove(generator.channel());
    }
}
