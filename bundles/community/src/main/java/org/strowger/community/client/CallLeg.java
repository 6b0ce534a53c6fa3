package org.strowger.community.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.community.media.PayloadType;
import org.strowger.community.media.RelayLine;
import org.strowger.community.media.RtpListener;
import org.strowger.community.media.RtpPacket;
import org.strowger.community.media.RtpSession;
import org.strowger.community.media.SourceStatistics;
import org.strowger.community.protocol.CallStatus;
import org.strowger.community.protocol.Media;
import org.strowger.community.protocol.ProtocolException;

/**
 * One party's leg of a call, as this session sees it: its id (the community's, per party), direction,
 * partner, status and properties, the commands that act on it, and its RTP media. Obtained from
 * {@link CommunityClient#call} or {@link CommunityListener#onIncomingCall}.
 *
 * <p>Media: a UDP leg owns an {@link RtpSession} bound when the call is placed or answered; a TCP leg sends
 * and receives its packets as {@code RTP <id> <base64>} lines on the connection. Either way
 * {@link #sendAudio} sends one frame in the negotiated codec and {@link #sendDtmf} RFC 4733 events; the
 * session is closed when the leg ends.
 */
public final class CallLeg {

    private static final Logger LOG = LoggerFactory.getLogger(CallLeg.class);

    /** Default DTMF tone length and the gap between digits. */
    public static final int DTMF_MILLIS = 100;
    public static final int DTMF_GAP_MILLIS = 60;

    /** Which side placed the call. */
    public enum Direction {
        INCOMING,
        OUTGOING
    }

    private final CommunityClient client;
    private final Direction direction;
    private final List<CallListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, String> properties = new ConcurrentHashMap<>();
    private final CompletableFuture<CallStatus> ended = new CompletableFuture<>();
    private final CompletableFuture<CallLeg> answered = new CompletableFuture<>();

    private volatile String id;
    private volatile CallStatus status;
    private volatile PayloadType codec;
    private volatile RtpSession media;
    private volatile MediaMode mediaMode;
    private volatile String peerMedia;

    CallLeg(CommunityClient client, String id, Direction direction, CallStatus initial) {
        this.client = client;
        this.id = id;
        this.direction = direction;
        this.status = initial;
    }

    /** The community's id of this leg (null only before the reply to CALL arrived). */
    public String id() {
        return id;
    }

    public Direction direction() {
        return direction;
    }

    public CallStatus status() {
        return status;
    }

    /** The other party: account name or phone number (PARTNER_HANDLE; for outgoing calls the target). */
    public String partner() {
        return properties.getOrDefault("PARTNER_HANDLE", "");
    }

    /** PARTNER_DISPNAME, or the partner handle when the community did not send one. */
    public String partnerDisplayName() {
        String name = properties.get("PARTNER_DISPNAME");
        return name == null || name.isEmpty() ? partner() : name;
    }

    /** A property as last notified (TYPE, TOPIC, TOKEN, TARGET_IDENTITY, FORWARDED_BY, TRANSFERRED_BY, CODECS, FAILUREREASON, DURATION...), or "". */
    public String property(String name) {
        return properties.getOrDefault(name, "");
    }

    /** All properties as last notified. */
    public Map<String, String> properties() {
        return Map.copyOf(properties);
    }

    public String topic() {
        return property("TOPIC");
    }

    public String token() {
        return property("TOKEN");
    }

    /** The SkypeIn number dialled for an INCOMING_PSTN call, or "". */
    public String targetIdentity() {
        return property("TARGET_IDENTITY");
    }

    /** The account that forwarded this call to us, or "". */
    public String forwardedBy() {
        return property("FORWARDED_BY");
    }

    /** The FAILUREREASON {@code <code> <text>}, or "". */
    public String failureReason() {
        return property("FAILUREREASON");
    }

    /** The talk time in seconds from the final DURATION, or -1 before it came. */
    public int durationSeconds() {
        String d = properties.get("DURATION");
        return d == null ? -1 : Integer.parseInt(d);
    }

    /** The negotiated codec, null before the MEDIA notification. */
    public PayloadType codec() {
        return codec;
    }

    /** The peer's media address as the community sent it ({@code ip:port} or {@code RELAY}), null before answer. */
    public String peerMedia() {
        return peerMedia;
    }

    /** How this leg carries RTP, null before it was placed or answered here. */
    public MediaMode mediaMode() {
        return mediaMode;
    }

    /** The leg's RTP session (statistics, SSRC), null before it was placed or answered here. */
    public RtpSession rtp() {
        return media;
    }

    /** Reception statistics of every source heard on this leg. */
    public List<SourceStatistics.Snapshot> statistics() {
        RtpSession s = media;
        return s == null ? List.of() : s.statistics();
    }

    public void addListener(CallListener listener) {
        listeners.add(listener);
    }

    public void removeListener(CallListener listener) {
        listeners.remove(listener);
    }

    /** Completes with the final status when the leg is over. */
    public CompletableFuture<CallStatus> ended() {
        return ended;
    }

    /** Completes when the leg is INPROGRESS for the first time (fails if it ends first). */
    public CompletableFuture<CallLeg> answered() {
        return answered;
    }

    /** Answers a ringing incoming leg with {@code options}' codecs and media mode. */
    public CompletableFuture<Void> answer(CallOptions options) {
        if (direction != Direction.INCOMING) {
            throw new IllegalStateException("call " + id + " is outgoing: only incoming calls are answered");
        }
        String mediaWord;
        try {
            mediaWord = openMedia(options.media());
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        return client.request("ALTER CALL " + id + " ANSWER MEDIA " + mediaWord + " CODECS "
                + PayloadType.formatList(options.codecs())).thenApply(r -> null);
    }

    /** Answers with the client's default options. */
    public CompletableFuture<Void> answer() {
        return answer(CallOptions.defaults().withMedia(client.options().defaultMedia()));
    }

    /** Rejects a ringing call; {@code busy} makes the caller see BUSY instead of REFUSED. */
    public CompletableFuture<Void> reject(boolean busy) {
        return alter(busy ? "REJECT BUSY" : "REJECT");
    }

    /** Hangs up (cancels an unanswered outgoing call). */
    public CompletableFuture<Void> hangup() {
        return alter("HANGUP");
    }

    public CompletableFuture<Void> hold() {
        return alter("HOLD");
    }

    public CompletableFuture<Void> resume() {
        return alter("RESUME");
    }

    /** Blind transfer of the partner to {@code target}; this leg then ends TRANSFERRED. */
    public CompletableFuture<Void> transfer(String target) {
        CommunityClient.requireWord(target, "transfer target");
        return alter("TRANSFER " + target);
    }

    public CompletableFuture<Void> setTopic(String topic) {
        return client.request("SET CALL " + id + " TOPIC " + CommunityClient.requireValue(topic)).thenApply(r -> null);
    }

    public CompletableFuture<Void> setToken(String token) {
        return client.request("SET CALL " + id + " TOKEN " + CommunityClient.requireValue(token)).thenApply(r -> null);
    }

    /** {@code GET CALL <id> <property>}: the value from the community. */
    public CompletableFuture<String> fetch(String property) {
        CommunityClient.requireWord(property, "call property");
        String prefix = "CALL " + id + " " + property;
        return client.request("GET CALL " + id + " " + property).thenApply(r -> CommunityClient.valueAfter(r, prefix));
    }

    private CompletableFuture<Void> alter(String action) {
        return client.request("ALTER CALL " + id + " " + action).thenApply(r -> null);
    }

    /**
     * Sends one audio frame (e.g. 160 bytes of PCMU for 20 ms) in the negotiated codec. Does nothing before the
     * call is answered; pacing (one frame per 20 ms) is the caller's.
     */
    public void sendAudio(byte[] payload) throws IOException {
        RtpSession s = media;
        PayloadType type = codec;
        if (s == null || type == null || !status.isTalking()) {
            return;
        }
        s.sendAudio(type, payload);
    }

    /**
     * Sends DTMF digits ({@code 0-9 * # A-D}) as RFC 4733 events, {@value #DTMF_MILLIS} ms each with a gap of
     * {@value #DTMF_GAP_MILLIS} ms; completes after the last end packet.
     */
    public CompletableFuture<Void> sendDtmf(String digits) {
        for (char c : digits.toCharArray()) {
            if (!org.strowger.community.media.TelephoneEvent.isDigit(c)) {
                throw new IllegalArgumentException("'" + c + "' is not a DTMF digit (0-9 * # A-D)");
            }
        }
        RtpSession s = media;
        if (s == null || !status.isTalking()) {
            return CompletableFuture.failedFuture(new IllegalStateException("call " + id + " is " + status
                    + ": DTMF needs an answered call"));
        }
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (char c : digits.toCharArray()) {
            chain = chain.thenCompose(v -> s.sendDtmf(c, DTMF_MILLIS, 10))
                    .thenCompose(v -> CompletableFuture.runAsync(() -> {
                    }, CompletableFuture.delayedExecutor(DTMF_GAP_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS)));
        }
        return chain;
    }

    /** Opens this leg's media and returns the protocol's MEDIA word ({@code ip:port} or {@code TCP}). */
    String openMedia(MediaMode mode) throws IOException {
        if (media != null) {
            throw new IllegalStateException("call " + id + " already has media");
        }
        mediaMode = mode;
        RtpListener rtpListener = new RtpListener() {
            @Override
            public void onPacket(RtpPacket packet) {
                PayloadType type;
                try {
                    type = PayloadType.of(packet.payloadType());
                } catch (IllegalArgumentException e) {
                    return; // payload types this client cannot play are ignored, as RFC 3550 says
                }
                if (!type.isAudio()) {
                    return;
                }
                for (CallListener l : listeners) {
                    try {
                        l.onAudio(CallLeg.this, type, packet);
                    } catch (RuntimeException e) {
                        LOG.warn("call listener failed on audio of call {}", id, e);
                    }
                }
            }

            @Override
            public void onDtmf(char digit, int durationMillis) {
                for (CallListener l : listeners) {
                    try {
                        l.onDtmf(CallLeg.this, digit, durationMillis);
                    } catch (RuntimeException e) {
                        LOG.warn("call listener failed on DTMF of call {}", id, e);
                    }
                }
            }
        };
        if (mode == MediaMode.TCP) {
            media = RtpSession.relayed(bytes -> {
                String callId = id;
                if (callId != null) {
                    client.sendRelay(RelayLine.encode(callId, bytes));
                }
            }, rtpListener);
            return "TCP";
        }
        RtpSession session = RtpSession.openUdp(new InetSocketAddress(client.rtpAddress(), 0), rtpListener);
        media = session;
        return Media.formatAddress(session.localAddress());
    }

    /** Called by the client's reader thread for relay lines of this leg. */
    void relayIn(byte[] packet) {
        RtpSession s = media;
        if (s != null && !s.isUdp()) {
            s.receive(packet);
        }
    }

    void assignId(String newId) {
        id = newId;
    }

    /** Applies a {@code CALL <id> <property> <value>} line on the reader thread; returns the new status if it changed. */
    CallStatus apply(String property, String value) {
        switch (property) {
            case "STATUS" -> {
                CallStatus s;
                try {
                    s = CallStatus.parse(value);
                } catch (ProtocolException e) {
                    LOG.debug("call {}: status '{}' unknown to this client", id, value);
                    return null;
                }
                if (s == status) {
                    return null;
                }
                status = s;
                properties.put("STATUS", value);
                if (s.isTalking() && !answered.isDone()) {
                    answered.complete(this);
                }
                if (s.isFinal()) {
                    closeMedia();
                    answered.completeExceptionally(new CommunityException(0, "call " + id + " ended " + s
                            + (failureReason().isEmpty() ? "" : " (" + failureReason() + ")")));
                    ended.complete(s);
                }
                return s;
            }
            case "MEDIA" -> {
                // <peer ip:port|RELAY> CODEC <pt>
                String[] words = value.split(" ");
                properties.put("MEDIA", value);
                if (words.length >= 3 && words[1].equals("CODEC")) {
                    peerMedia = words[0];
                    try {
                        codec = PayloadType.of(Integer.parseInt(words[2]));
                    } catch (IllegalArgumentException e) {
                        LOG.warn("call {}: community chose codec '{}' this client does not know", id, words[2]);
                    }
                    RtpSession s = media;
                    if (s != null && s.isUdp() && !words[0].equals("RELAY")) {
                        try {
                            s.setRemote(Media.parseAddress(words[0]));
                        } catch (ProtocolException e) {
                            LOG.warn("call {}: bad media address from the community: {}", id, e.getMessage());
                        }
                    }
                }
                return null;
            }
            default -> {
                properties.put(property, value);
                return null;
            }
        }
    }

    /** The connection went away: the leg is over for us. */
    void connectionLost() {
        if (!status.isFinal()) {
            properties.put("FAILUREREASON", "7 connection lost");
            apply("STATUS", CallStatus.FINISHED.name());
        }
    }

    void fire(CallStatus changed, String property, String value) {
        for (CallListener l : listeners) {
            try {
                if (changed != null) {
                    l.onStatus(this, changed);
                } else if (!property.equals("STATUS")) {
                    l.onProperty(this, property, value);
                }
            } catch (RuntimeException e) {
                LOG.warn("call listener failed on call {}", id, e);
            }
        }
    }

    private void closeMedia() {
        RtpSession s = media;
        if (s != null) {
            s.close();
        }
    }

    @Override
    public String toString() {
        return "CallLeg[" + id + " " + direction + " " + partner() + " " + status + "]";
    }

}
