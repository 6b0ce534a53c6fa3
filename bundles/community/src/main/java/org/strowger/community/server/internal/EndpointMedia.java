package org.strowger.community.server.internal;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.strowger.community.media.G711;
import org.strowger.community.media.PayloadType;
import org.strowger.community.media.RtpPacket;
import org.strowger.community.media.ToneGenerator;

/**
 * The server's own media ends: echo123 and the PSTN echo send every packet back with their own SSRC, sequence
 * numbers and timestamps; a SkypeIn caller sends a 440 Hz tone.
 */
abstract class EndpointMedia {
    /** Where this endpoint's packets go (to the client of the leg it talks to). */
    protected final Consumer<byte[]> out;
    protected final long ssrc = ThreadLocalRandom.current().nextInt() & 0xffffffffL;
    protected int seq = ThreadLocalRandom.current().nextInt(0x10000);

    EndpointMedia(Consumer<byte[]> out) {
        this.out = out;
    }

    /** A packet from the client. */
    abstract void receive(byte[] packet);

    void stop() {
    }

    /** Echo: same payload type, marker and payload; own SSRC, sequence and timestamps (offset kept). */
    static final class Echo extends EndpointMedia {
        private final long tsBase = ThreadLocalRandom.current().nextInt() & 0xffffffffL;
        private long firstTs = -1;

        Echo(Consumer<byte[]> out) {
            super(out);
        }

        @Override
        synchronized void receive(byte[] data) {
            RtpPacket p;
            try {
                p = RtpPacket.decode(data);
            } catch (RuntimeException e) {
                return; // not RTP: an echo has nothing to echo
            }
            if (firstTs < 0) {
                firstTs = p.timestamp();
            }
            long ts = (tsBase + (p.timestamp() - firstTs)) & 0xffffffffL;
            seq = (seq + 1) & 0xffff;
            out.accept(new RtpPacket(p.marker(), p.payloadType(), seq, ts, ssrc, p.payload()).encode());
        }
    }

    /** A tone (-10 dBFS) in 20 ms packets of a G.711 payload type. */
    static final class Tone extends EndpointMedia {
        private final ScheduledFuture<?> task;
        private final ToneGenerator generator = new ToneGenerator(10362, 440);
        private final PayloadType type;
        private long ts = ThreadLocalRandom.current().nextInt() & 0xffffffffL;
        private boolean first = true;

        Tone(Consumer<byte[]> out, int payloadType, ScheduledExecutorService timer) {
            super(out);
            this.type = PayloadType.of(payloadType);
            this.task = timer.scheduleAtFixedRate(this::tick, 0, PayloadType.FRAME_MILLIS, TimeUnit.MILLISECONDS);
        }

        private synchronized void tick() {
            byte[] payload = G711.encode(type, generator.next(PayloadType.SAMPLES_PER_FRAME));
            seq = (seq + 1) & 0xffff;
            out.accept(new RtpPacket(first, type.number(), seq, ts, ssrc, payload).encode());
            first = false;
            ts = (ts + PayloadType.SAMPLES_PER_FRAME) & 0xffffffffL;
        }

        @Override
        void receive(byte[] packet) {
            // the simulated PSTN caller does not listen
        }

        @Override
        void stop() {
            task.cancel(false);
        }
    }
}
