package org.strowger.community.media;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One RTP stream pair: sends packets with its own SSRC, sequence numbers and timestamps, and receives
 * packets, counting them per source ({@link SourceStatistics}). Two transports: a UDP socket of its own
 * ({@link #openUdp}), read by a daemon thread, or a caller-supplied sink for the community's TCP relay
 * ({@link #relayed}), whose incoming packets the caller passes to {@link #receive}.
 *
 * <p>Sending is thread-safe (audio and DTMF may come from different threads and share the sequence
 * counter).
 */
public final class RtpSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RtpSession.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Large enough for any UDP datagram. */
    private static final int MAX_DATAGRAM = 65536;

    /** Paces the 20 ms DTMF updates of every session; a daemon, so it never keeps a JVM alive. */
    private static final class Timer {
        static final ScheduledExecutorService INSTANCE = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rtp-dtmf-timer");
            t.setDaemon(true);
            return t;
        });
    }

    private final DatagramChannel channel;
    private final Consumer<byte[]> sink;
    private final RtpListener listener;
    private final long ssrc;
    private final Map<Long, SourceStatistics> sources = new ConcurrentHashMap<>();
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong packetsSent = new AtomicLong();
    private final AtomicLong octetsSent = new AtomicLong();
    /** Per source, the timestamp of the last event whose end was reported. */
    private final Map<Long, Long> lastEnded = new ConcurrentHashMap<>();
    private final Thread receiver;

    private volatile InetSocketAddress remote;
    private volatile boolean closed;

    // guarded by "this"
    private int sequence;
    private long timestamp;
    private boolean first = true;

    private RtpSession(DatagramChannel channel, Consumer<byte[]> sink, RtpListener listener) {
        this.channel = channel;
        this.sink = sink;
        this.listener = Objects.requireNonNull(listener, "listener");
        // RFC 3550 5.1: SSRC, initial sequence number and timestamp are random
        this.ssrc = RANDOM.nextInt() & 0xFFFFFFFFL;
        this.sequence = RANDOM.nextInt(1 << 16);
        this.timestamp = RANDOM.nextInt() & 0xFFFFFFFFL;
        if (channel != null) {
            receiver = new Thread(this::receiveLoop, "rtp-rx-" + localAddressText());
            receiver.setDaemon(true);
        } else {
            receiver = null;
        }
    }

    /**
     * Opens a session on a UDP socket bound to {@code local} (port 0: any free port) and starts its
     * receive thread. Packets are sent once {@link #setRemote} named the peer.
     */
    public static RtpSession openUdp(InetSocketAddress local, RtpListener listener) throws IOException {
        DatagramChannel channel = DatagramChannel.open();
        try {
            channel.setOption(StandardSocketOptions.SO_RCVBUF, 256 * 1024);
            channel.bind(local);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw new IOException("cannot bind RTP socket to " + local + ": " + e.getMessage(), e);
        }
        RtpSession session = new RtpSession(channel, null, listener);
        session.receiver.start();
        return session;
    }

    /**
     * A session without a socket: every packet to send goes to {@code sink} (the client turns it into
     * an {@code RTP <callId> <base64>} line), and the caller hands received packets to {@link #receive}.
     */
    public static RtpSession relayed(Consumer<byte[]> sink, RtpListener listener) {
        return new RtpSession(null, Objects.requireNonNull(sink, "sink"), listener);
    }

    /** This session's SSRC. */
    public long ssrc() {
        return ssrc;
    }

    /** Whether packets travel over UDP (false: relayed through the caller's sink). */
    public boolean isUdp() {
        return channel != null;
    }

    /** The bound UDP address, or null for a relayed session. */
    public InetSocketAddress localAddress() {
        if (channel == null) {
            return null;
        }
        try {
            return (InetSocketAddress) channel.getLocalAddress();
        } catch (IOException e) {
            return null;
        }
    }

    /** Where UDP packets go; null until known. */
    public InetSocketAddress remote() {
        return remote;
    }

    /** Sets the peer's UDP address (from the community's {@code CALL <id> MEDIA ip:port} notification). */
    public void setRemote(InetSocketAddress remote) {
        this.remote = remote;
    }

    /**
     * Sends one audio frame and advances the timestamp by its duration. The first packet of the session
     * carries the marker bit (start of a talkspurt, RFC 3551 4.1).
     */
    public void sendAudio(PayloadType type, byte[] payload) throws IOException {
        if (!type.isAudio()) {
            throw new IllegalArgumentException(type + " is not audio; use sendDtmf");
        }
        RtpPacket packet;
        synchronized (this) {
            packet = new RtpPacket(first, type.number(), sequence, timestamp, ssrc, payload);
            first = false;
            sequence = (sequence + 1) & 0xFFFF;
            timestamp = (timestamp + type.samplesFor(payload.length)) & 0xFFFFFFFFL;
        }
        transmit(packet);
    }

    /**
     * Sends a packet with an explicit payload type, marker and timestamp increment (applied after the
     * packet), for payloads this class does not know.
     */
    public void send(int payloadType, byte[] payload, boolean marker, int timestampIncrement) throws IOException {
        RtpPacket packet;
        synchronized (this) {
            packet = new RtpPacket(marker, payloadType, sequence, timestamp, ssrc, payload);
            first = false;
            sequence = (sequence + 1) & 0xFFFF;
            timestamp = (timestamp + timestampIncrement) & 0xFFFFFFFFL;
        }
        transmit(packet);
    }

    /**
     * Sends a DTMF digit as RFC 4733 events (payload type 101): the first packet with the marker bit,
     * an update every 20 ms with the growing duration, all with the event's start timestamp, and the
     * final packet with the end bit three times (RFC 4733 2.5.1.4: the end is retransmitted so that
     * one lost packet does not lose it). Runs on a timer; the future completes after the last packet.
     *
     * @param digit          {@code 0-9 * # A-D}
     * @param durationMillis how long the key is "pressed", at least 20
     * @param volume         0..63 (-dBm0); 10 is customary
     */
    public CompletableFuture<Void> sendDtmf(char digit, int durationMillis, int volume) {
        int event = TelephoneEvent.eventOf(digit);
        if (durationMillis < PayloadType.FRAME_MILLIS) {
            throw new IllegalArgumentException("DTMF duration " + durationMillis + " ms is shorter than one 20 ms packet");
        }
        int units = durationMillis * (PayloadType.CLOCK_RATE / 1000);
        if (units > 0xFFFF) {
            throw new IllegalArgumentException("DTMF duration " + durationMillis + " ms does not fit the 16-bit duration field");
        }
        new TelephoneEvent(event, false, volume, 0); // validates the volume before anything is sent
        long start;
        synchronized (this) {
            start = timestamp;
        }
        // the packets to send, in order: updates each 20 ms, then the end packet three times
        List<TelephoneEvent> events = new ArrayList<>();
        for (int d = PayloadType.SAMPLES_PER_FRAME; d < units; d += PayloadType.SAMPLES_PER_FRAME) {
            events.add(new TelephoneEvent(event, false, volume, d));
        }
        for (int i = 0; i < 3; i++) {
            events.add(new TelephoneEvent(event, true, volume, units));
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        sendEvent(events, 0, start, units, done);
        return done;
    }

    private void sendEvent(List<TelephoneEvent> events, int index, long start, int units, CompletableFuture<Void> done) {
        try {
            if (closed) {
                done.completeExceptionally(new ClosedChannelException());
                return;
            }
            RtpPacket packet;
            synchronized (this) {
                packet = new RtpPacket(index == 0, PayloadType.TELEPHONE_EVENT.number(), sequence, start, ssrc,
                        events.get(index).encode());
                sequence = (sequence + 1) & 0xFFFF;
                if (index == events.size() - 1 && timestamp == start) {
                    // no audio went out during the event: move the clock past it, as audio would have
                    timestamp = (timestamp + units) & 0xFFFFFFFFL;
                }
            }
            transmit(packet);
            if (index == events.size() - 1) {
                done.complete(null);
                return;
            }
            // updates are 20 ms apart; the three end packets follow each other at once
            long delay = events.get(index + 1).end() && events.get(index).end() ? 0 : PayloadType.FRAME_MILLIS;
            Timer.INSTANCE.schedule(() -> sendEvent(events, index + 1, start, units, done), delay, TimeUnit.MILLISECONDS);
        } catch (IOException | RuntimeException e) {
            done.completeExceptionally(e);
        }
    }

    private void transmit(RtpPacket packet) throws IOException {
        byte[] bytes = packet.encode();
        if (sink != null) {
            sink.accept(bytes);
        } else {
            InetSocketAddress to = remote;
            if (to == null) {
                return; // the peer's address is not known yet: RTP before MEDIA is simply not sent
            }
            channel.send(ByteBuffer.wrap(bytes), to);
        }
        packetsSent.incrementAndGet();
        octetsSent.addAndGet(packet.payloadLength());
    }

    /** Hands one received datagram to the session (relayed sessions; UDP sessions do it themselves). */
    public void receive(byte[] datagram) {
        receive(datagram, 0, datagram.length, System.nanoTime());
    }

    private void receive(byte[] data, int offset, int length, long arrivalNanos) {
        RtpPacket packet;
        try {
            packet = RtpPacket.decode(data, offset, length);
        } catch (MalformedPacketException e) {
            malformed.incrementAndGet();
            LOG.debug("dropping malformed RTP packet: {}", e.getMessage());
            listener.onMalformed(e.getMessage());
            return;
        }
        boolean event = packet.payloadType() == PayloadType.TELEPHONE_EVENT.number();
        SourceStatistics stats = sources.computeIfAbsent(packet.ssrc(),
                s -> new SourceStatistics(s, PayloadType.CLOCK_RATE));
        synchronized (stats) {
            // RFC 4733 events keep the start timestamp for the whole event: they would distort jitter
            stats.update(packet.sequenceNumber(), packet.timestamp(), arrivalNanos, !event);
        }
        listener.onPacket(packet);
        if (event) {
            reportDtmf(packet);
        }
    }

    private void reportDtmf(RtpPacket packet) {
        TelephoneEvent event;
        try {
            event = TelephoneEvent.decode(packet.payload());
        } catch (MalformedPacketException e) {
            malformed.incrementAndGet();
            listener.onMalformed(e.getMessage());
            return;
        }
        if (!event.end() || event.digit() == 0) {
            return;
        }
        // the end packet comes three times with the same timestamp: report the first only
        Long previous = lastEnded.put(packet.ssrc(), packet.timestamp());
        if (previous != null && previous == packet.timestamp()) {
            return;
        }
        listener.onDtmf(event.digit(), event.duration() * 1000 / PayloadType.CLOCK_RATE);
    }

    private void receiveLoop() {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_DATAGRAM);
        while (!closed) {
            try {
                buffer.clear();
                SocketAddress from = channel.receive(buffer);
                if (from == null) {
                    continue;
                }
                receive(buffer.array(), 0, buffer.position(), System.nanoTime());
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                // e.g. ICMP port unreachable surfacing on some platforms; the stream goes on
                LOG.debug("RTP receive on {} failed: {}", localAddressText(), e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("RTP listener failed on {}", localAddressText(), e);
            }
        }
    }

    /** Statistics of every source heard so far. */
    public List<SourceStatistics.Snapshot> statistics() {
        List<SourceStatistics.Snapshot> result = new ArrayList<>();
        for (SourceStatistics stats : sources.values()) {
            synchronized (stats) {
                result.add(stats.snapshot());
            }
        }
        return result;
    }

    /** Packets sent so far. */
    public long packetsSent() {
        return packetsSent.get();
    }

    /** Payload octets sent so far (RTCP's "sender's octet count"). */
    public long octetsSent() {
        return octetsSent.get();
    }

    /** Datagrams dropped as malformed. */
    public long malformedReceived() {
        return malformed.get();
    }

    private String localAddressText() {
        InetSocketAddress local = localAddress();
        return local == null ? "relay" : local.getAddress().getHostAddress() + ":" + local.getPort();
    }

    /** Stops the receive thread and closes the socket; idempotent. */
    @Override
    public void close() {
        closed = true;
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("closing RTP socket: {}", e.getMessage());
            }
        }
    }

    public boolean isClosed() {
        return closed;
    }
}
