package org.strowger.benchmarks;

import java.util.Set;

import org.strowger.api.channel.Bridge;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelRequestException;
import org.strowger.api.event.EventBus;
import org.strowger.api.media.MediaClock;
import org.strowger.benchmarks.codec.G711Translators;
import org.strowger.benchmarks.generator.GeneratorChannel;
import org.strowger.benchmarks.generator.GeneratorDriver;
import org.strowger.core.internal.channel.ChannelServiceImpl;
import org.strowger.core.internal.event.EventBusImpl;
import org.strowger.core.internal.media.TranslationMatrix;

/**
 * The call core wired by hand, as Declarative Services would wire it in Karaf: the real event bus,
 * translation matrix (with the benchmark's G.711 translators), channel and bridge service, and the
 * {@code Gen} driver, on whichever media clock the benchmark brings. The clock stays the caller's to
 * close.
 */
public final class BenchPbx implements AutoCloseable {

    /** How long a callee may ring; the generator answers at once, so this only arms the core's timer. */
    private static final long ANSWER_TIMEOUT_MILLIS = 30_000;

    private final EventBusImpl events = new EventBusImpl();
    private final TranslationMatrix matrix = new TranslationMatrix();
    private final MediaClock clock;
    private final ChannelServiceImpl channels;
    private final GeneratorDriver generators;

    public BenchPbx(MediaClock clock) {
        this.clock = clock;
        G711Translators.registerAll(matrix);
        channels = new ChannelServiceImpl(events, matrix, clock);
        generators = new GeneratorDriver(channels, clock);
        channels.addDriver(generators, GeneratorDriver.serviceProperties());
    }

    /**
     * Sets up one two-party call the way {@code Dial} does: request the caller, request the callee on
     * its behalf, call it (the generator answers at once), answer the caller and bridge the two.
     *
     * @param caller the caller's resource, e.g. {@code alice} or {@code alice:alaw}
     * @param callee the callee's resource
     */
    public Call connect(String caller, String callee) throws ChannelRequestException {
        Channel a = channels.request(GeneratorDriver.TECHNOLOGY + "/" + caller, Set.of(), null);
        Channel b = channels.request(GeneratorDriver.TECHNOLOGY + "/" + callee, Set.of(), a);
        b.call(ANSWER_TIMEOUT_MILLIS);
        a.answer();
        Bridge bridge = channels.bridge(a, b);
        return new Call(generators.generator(a).orElseThrow(), generators.generator(b).orElseThrow(), bridge);
    }

    public ChannelServiceImpl channels() {
        return channels;
    }

    public EventBus events() {
        return events;
    }

    public TranslationMatrix matrix() {
        return matrix;
    }

    public MediaClock clock() {
        return clock;
    }

    public GeneratorDriver generators() {
        return generators;
    }

    /** Hangs up every channel that is still up. */
    @Override
    public void close() {
        channels.close();
    }

    /** A bridged call between two generators. */
    public record Call(GeneratorChannel caller, GeneratorChannel callee, Bridge bridge) {

        /** Both ends start sending a frame per media tick. */
        public void startMedia() {
            caller.startMedia();
            callee.startMedia();
        }

        public void stopMedia() {
            caller.stopMedia();
            callee.stopMedia();
        }

        /** The caller hangs up, then the callee, as Dial does once its bridge ends. */
        public void hangup() {
            caller.channel().hangup(16);
            callee.channel().hangup(16);
        }

        public long sent() {
            return caller.sent() + callee.sent();
        }

        public long received() {
            return caller.received() + callee.received();
        }

        public long receivedInOtherFormat() {
            return caller.receivedInOtherFormat() + callee.receivedInOtherFormat();
        }
    }
}
