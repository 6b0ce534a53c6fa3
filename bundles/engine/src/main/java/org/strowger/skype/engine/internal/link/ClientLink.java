package org.strowger.skype.engine.internal.link;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.strowger.api.media.Format;
import org.strowger.api.skype.EngineSettings;
import org.strowger.community.client.CallLeg;
import org.strowger.community.client.CallListener;
import org.strowger.community.client.CallOptions;
import org.strowger.community.client.ClientOptions;
import org.strowger.community.client.CommunityClient;
import org.strowger.community.client.CommunityException;
import org.strowger.community.client.CommunityListener;
import org.strowger.community.protocol.LoginMode;
import org.strowger.community.client.MediaMode;
import org.strowger.community.media.PayloadType;
import org.strowger.community.media.RtpPacket;
import org.strowger.community.media.RtpSession;

/**
 * The engine's link over the community client library: one {@link CommunityClient} per account, logged
 * in with mode {@code PBX}, its lines passed on to the account, its call legs carrying the media. The
 * client connects and logs in with blocking I/O, so that work runs on a pool of its own, never on the
 * caller's thread.
 */
public final class ClientLink implements CommunityLink, AutoCloseable {

    private final EngineSettings settings;
    private final ClientOptions options;
    private final ExecutorService connector = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "skype-engine-connect");
        thread.setDaemon(true);
        return thread;
    });

    public ClientLink(EngineSettings settings, Duration commandTimeout) {
        this.settings = settings;
        ClientOptions base = ClientOptions.defaults().withCommandTimeout(commandTimeout)
                .withDefaultMedia(settings.disableUdp() ? MediaMode.TCP : MediaMode.UDP);
        try {
            base = base.withRtpAddress(InetAddress.getByName(settings.rtpAddress()));
            // bind_address / bind_port: the local end of each account's community connection. The port is a
            // suggestion (manual 3.1): the first account gets it, the others fall back to random ports.
            InetAddress bindAddress = InetAddress.getByName(settings.bindAddress());
            if (!bindAddress.isAnyLocalAddress() || settings.bindPort() != 0) {
                base = base.withLocalAddress(new InetSocketAddress(bindAddress, settings.bindPort()));
            }
        } catch (UnknownHostException e) {
            // EngineConfig accepts literal addresses only; keep the client's defaults
        }
        this.options = base;
    }

    @Override
    public CompletionStage<LinkSession> open(String username, String secret, LinkListener listener) {
        return CompletableFuture.supplyAsync(() -> {
            CommunityClient client;
            try {
                client = CommunityClient.connect(
                        new InetSocketAddress(settings.communityHost(), settings.communityPort()), options);
            } catch (IOException | RuntimeException e) {
                throw new CompletionException(new LinkException(e.getMessage(), e));
            }
            Session session = new Session(client, listener);
            client.addListener(session);
            listener.progress(LinkListener.Progress.CONNECTED);
            try {
                // the challenge arrives within this one call; the stage is "logging in" from here on
                listener.progress(LinkListener.Progress.CHALLENGED);
                client.login(username, secret, LoginMode.PBX).join();
            } catch (CompletionException e) {
                session.closeQuietly();
                throw new CompletionException(translate(e.getCause()));
            }
            return (LinkSession) session;
        }, connector);
    }

    @Override
    public void close() {
        connector.shutdownNow();
    }

    static LinkException translate(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof LinkException le) {
            return le;
        }
        if (t instanceof CommunityException ce) {
            if (ce.code() == CommunityException.CONNECTION_CLOSED || ce.code() == CommunityException.BAD_REPLY) {
                return new LinkException(ce.text(), ce);
            }
            return new LinkException(ce.code(), ce.text());
        }
        if (t instanceof TimeoutException) {
            return new LinkException(LinkException.TIMEOUT, "the community did not answer in time");
        }
        return new LinkException(String.valueOf(t.getMessage()), t);
    }

    static PayloadType payloadType(Format format) {
        if (format == Format.ULAW) {
            return PayloadType.PCMU;
        }
        if (format == Format.ALAW) {
            return PayloadType.PCMA;
        }
        if (format == Format.G729) {
            return PayloadType.G729;
        }
        throw new IllegalArgumentException("Skype calls cannot carry " + format);
    }

    static Optional<Format> format(PayloadType type) {
        switch (type) {
            case PCMU:
                return Optional.of(Format.ULAW);
            case PCMA:
                return Optional.of(Format.ALAW);
            case G729:
                return Optional.of(Format.G729);
            default:
                return Optional.empty();
        }
    }

    private static List<PayloadType> payloadTypes(List<Format> formats) {
        List<PayloadType> types = new ArrayList<>();
        formats.forEach(f -> types.add(payloadType(f)));
        return types;
    }

    /** One account's connection. */
    private static final class Session implements LinkSession, CommunityListener {

        private final CommunityClient client;
        private final LinkListener listener;
        private final AtomicBoolean closing = new AtomicBoolean();

        Session(CommunityClient client, LinkListener listener) {
            this.client = client;
            this.listener = listener;
        }

        @Override
        public CompletionStage<String> command(String command) {
            return client.request(command).exceptionallyCompose(e -> CompletableFuture.failedFuture(translate(e)));
        }

        @Override
        public CompletionStage<LinkCall> call(String target, List<Format> formats, String topic, boolean tcp) {
            CallOptions callOptions = new CallOptions(payloadTypes(formats), tcp ? MediaMode.TCP : MediaMode.UDP, topic);
            return client.call(target, callOptions).<LinkCall>thenApply(Call::new)
                    .exceptionallyCompose(e -> CompletableFuture.failedFuture(translate(e)));
        }

        @Override
        public Optional<LinkCall> incoming(String id) {
            CallLeg leg = client.leg(id);
            return leg == null || leg.direction() != CallLeg.Direction.INCOMING ? Optional.empty()
                    : Optional.of(new Call(leg));
        }

        @Override
        public void close() {
            closing.set(true);
            client.close();
        }

        void closeQuietly() {
            closing.set(true);
            client.close();
        }

        @Override
        public void onLine(String line) {
            listener.notification(line);
        }

        @Override
        public void onDisconnect(Throwable cause) {
            boolean expected = closing.get() || cause == null;
            listener.closed(cause == null ? "connection closed" : String.valueOf(cause.getMessage()), expected);
        }
    }

    /** A call leg of the client library, seen through the engine's seam. */
    private static final class Call implements LinkCall {

        private final CallLeg leg;

        Call(CallLeg leg) {
            this.leg = leg;
        }

        @Override
        public String id() {
            return leg.id();
        }

        @Override
        public CompletionStage<Void> answer(List<Format> formats, boolean tcp) {
            return leg.answer(new CallOptions(payloadTypes(formats), tcp ? MediaMode.TCP : MediaMode.UDP, null))
                    .exceptionallyCompose(e -> CompletableFuture.failedFuture(translate(e)));
        }

        @Override
        public void sendAudio(Format format, byte[] payload) throws IOException {
            RtpSession rtp = leg.rtp();
            if (rtp != null && leg.codec() == payloadType(format)) {
                rtp.sendAudio(payloadType(format), payload);
            }
        }

        @Override
        public CompletionStage<Void> sendDtmf(char digit, int durationMillis) {
            RtpSession rtp = leg.rtp();
            if (rtp == null) {
                return CompletableFuture.failedFuture(new IllegalStateException("call " + id() + " has no media"));
            }
            return rtp.sendDtmf(digit, durationMillis, 10);
        }

        @Override
        public void listen(MediaListener media) {
            leg.addListener(new CallListener() {
                @Override
                public void onAudio(CallLeg l, PayloadType type, RtpPacket packet) {
                    format(type).ifPresent(f -> media.audio(f, packet.payload()));
                }

                @Override
                public void onDtmf(CallLeg l, char digit, int durationMillis) {
                    media.dtmf(digit, durationMillis);
                }
            });
        }
    }
}
