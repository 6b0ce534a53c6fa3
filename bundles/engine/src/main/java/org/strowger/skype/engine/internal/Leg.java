package org.strowger.skype.engine.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.strowger.api.media.DtmfFrame;
import org.strowger.api.media.Format;
import org.strowger.api.media.VoiceFrame;
import org.strowger.api.skype.CallDirection;
import org.strowger.api.skype.CallEnd;
import org.strowger.api.skype.CallLeg;
import org.strowger.api.skype.CallLegListener;
import org.strowger.api.skype.CallOptions;
import org.strowger.api.skype.CallProperty;
import org.strowger.api.skype.CallStatus;
import org.strowger.api.skype.ProfileField;
import org.strowger.api.skype.Registration;
import org.strowger.api.skype.SkypeEngineException;
import org.strowger.api.skype.SkypeEngineException.Reason;
import org.strowger.skype.engine.internal.link.LinkCall;
import org.strowger.skype.engine.internal.link.LinkSession;

/**
 * One call leg of an account: its status from the community's {@code CALL <id> ...} lines, its
 * properties, and its media. Audio arrives as RTP (over UDP, or relayed on the community connection
 * when {@code disable_udp=yes}) and leaves as {@link VoiceFrame}s in the negotiated format (payload type
 * 0 ulaw, 8 alaw, 18 g729) without transcoding; the channel driver translates. DTMF is RFC 4733 both
 * ways. Status lines are applied on the account's serial executor; audio runs on the RTP thread.
 */
final class Leg implements CallLeg {

    /** How long an incoming leg waits for its caller's profile before it is announced anyway. */
    private static final long PROFILE_WAIT_MILLIS = 2000;

    private final Account account;
    private final CallDirection direction;
    private final String partner;
    private final CallOptions options;
    private final List<CallLegListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<CallProperty, String> properties = new EnumMap<>(CallProperty.class);
    private final AtomicLong droppedWrites = new AtomicLong();
    private final DebugLog media;

    private volatile String id;
    private volatile String partnerDisplayName = "";
    private volatile boolean pstn;
    private volatile List<Format> offered;
    private volatile Format format;
    private volatile CallStatus status;
    private volatile CallEnd end;
    private volatile LinkCall linkCall;
    // serial-executor state
    private int failureCode;
    private String failureText = "";
    private long durationSeconds;
    private boolean announced;
    private boolean profileRequested;

    Leg(Account account, String id, CallDirection direction, String partner, CallOptions options) {
        this.account = account;
        this.id = id;
        this.direction = direction;
        this.partner = partner;
        this.options = options;
        this.pstn = partner.startsWith("+");
        this.offered = options == null ? List.of() : options.formats();
        this.status = direction == CallDirection.OUTGOING ? CallStatus.ROUTING : CallStatus.RINGING;
        this.media = account.mediaLog();
        if (options != null) {
            if (!options.topic().isEmpty()) {
                properties.put(CallProperty.TOPIC, options.topic());
            }
            if (!options.token().isEmpty()) {
                properties.put(CallProperty.TOKEN, options.token());
            }
        }
    }

    // ---------------------------------------------------------------- API: what the leg is

    @Override
    public String id() {
        return id;
    }

    @Override
    public String account() {
        return account.username();
    }

    @Override
    public CallDirection direction() {
        return direction;
    }

    @Override
    public String partner() {
        return partner;
    }

    @Override
    public String partnerDisplayName() {
        return partnerDisplayName;
    }

    @Override
    public boolean isPstn() {
        return pstn;
    }

    @Override
    public CallStatus status() {
        return status;
    }

    @Override
    public Optional<CallEnd> end() {
        return Optional.ofNullable(end);
    }

    @Override
    public List<Format> offeredFormats() {
        return offered;
    }

    @Override
    public Optional<Format> format() {
        return Optional.ofNullable(format);
    }

    @Override
    public Optional<String> property(CallProperty property) {
        synchronized (properties) {
            return Optional.ofNullable(properties.get(property)).filter(v -> !v.isEmpty());
        }
    }

    @Override
    public Registration addListener(CallLegListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Frames written that could not be sent (wrong format, leg not up). */
    long droppedWrites() {
        return droppedWrites.get();
    }

    // ---------------------------------------------------------------- placing and answering

    /** Sends {@code CALL} with the media opened; completes with this leg once the community gave it an id. */
    CompletionStage<CallLeg> place() {
        LinkSession session = account.session();
        if (session == null) {
            return CompletableFuture.failedFuture(account.notLoggedIn());
        }
        CompletableFuture<CallLeg> placed = new CompletableFuture<>();
        CompletionStage<LinkCall> calling;
        try {
            calling = session.call(partner, options.formats(), options.topic().isEmpty() ? null : options.topic(),
                    tcpMedia());
        } catch (RuntimeException e) {
            calling = CompletableFuture.failedFuture(e);
        }
        calling.whenComplete((call, failure) -> account.serial().execute(() -> {
            if (failure != null) {
                placed.completeExceptionally(account.translate(Account.unwrap(failure)));
                return;
            }
            linkCall = call;
            call.listen(new Media());
            id = call.id();
            account.log().debug("{}: call {} to {} placed", account.username(), id, partner);
            account.register(this);
            if (!options.token().isEmpty()) {
                account.command("SET CALL " + id + " TOKEN " + options.token());
            }
            fetchPartnerProfile(null);
            placed.complete(this);
        }));
        return placed;
    }

    private boolean tcpMedia() {
        return account.context().settings().disableUdp();
    }

    @Override
    public CompletionStage<Void> answer(List<Format> formats) {
        if (direction != CallDirection.INCOMING) {
            return wrongState("answer an outgoing call");
        }
        if (status != CallStatus.RINGING) {
            return wrongState("answer");
        }
        CallOptions accepted;
        try {
            accepted = CallOptions.of(formats);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new SkypeEngineException(Reason.INVALID_VALUE, e.getMessage()));
        }
        LinkSession session = account.session();
        Optional<LinkCall> call = session == null ? Optional.empty() : session.incoming(id);
        if (call.isEmpty()) {
            return wrongState("answer");
        }
        linkCall = call.get();
        linkCall.listen(new Media());
        return linkCall.answer(accepted.formats(), tcpMedia()).exceptionallyCompose(
                e -> CompletableFuture.failedFuture(account.translate(Account.unwrap(e))));
    }

    @Override
    public CompletionStage<Void> reject(boolean busy) {
        if (direction != CallDirection.INCOMING) {
            return wrongState("reject an outgoing call");
        }
        return control(busy ? "REJECT BUSY" : "REJECT");
    }

    @Override
    public CompletionStage<Void> hangup() {
        if (end != null || id == null) {
            return CompletableFuture.completedFuture(null);
        }
        return control("HANGUP").exceptionally(e -> {
            // a leg that ended meanwhile (or a lost connection) is hung up all the same
            if (end == null) {
                account.log().debug("{}: hangup of call {}: {}", account.username(), id, e.getMessage());
            }
            return null;
        });
    }

    @Override
    public CompletionStage<Void> hold() {
        return control("HOLD");
    }

    @Override
    public CompletionStage<Void> resume() {
        return control("RESUME");
    }

    @Override
    public CompletionStage<Void> transfer(String target) {
        if (target == null || target.isBlank() || target.contains(" ")) {
            return CompletableFuture.failedFuture(new SkypeEngineException(Reason.INVALID_VALUE,
                    "'" + target + "' is not a Skype name or +E.164 number to transfer to"));
        }
        return control("TRANSFER " + target);
    }

    @Override
    public CompletionStage<Void> setProperty(CallProperty property, String value) {
        String v = value == null ? "" : value;
        if (!property.isWritable()) {
            return CompletableFuture.failedFuture(new SkypeEngineException(Reason.READ_ONLY,
                    "the call property " + property + " is read-only"));
        }
        if (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return CompletableFuture.failedFuture(new SkypeEngineException(Reason.INVALID_VALUE,
                    property + " must be one line"));
        }
        if (id == null || end != null) {
            return wrongState("set " + property);
        }
        String token = property.name();
        return account.command(v.isEmpty() ? "SET CALL " + id + " " + token : "SET CALL " + id + " " + token + " " + v)
                .thenAccept(reply -> {
                    synchronized (properties) {
                        properties.put(property, v);
                    }
                });
    }

    private CompletionStage<Void> control(String what) {
        if (id == null) {
            return wrongState(what.toLowerCase());
        }
        return account.command("ALTER CALL " + id + " " + what).thenApply(reply -> null);
    }

    private CompletionStage<Void> wrongState(String what) {
        return CompletableFuture.failedFuture(new SkypeEngineException(Reason.WRONG_CALL_STATE,
                "cannot " + what + ": call " + id + " of " + account.username() + " is " + status));
    }

    // ---------------------------------------------------------------- community lines

    /** A {@code CALL <id> <property> <value>} line. Runs on the account's serial executor. */
    void onLine(String property, String value) {
        switch (property) {
            case "PARTNER_HANDLE":
                break;
            case "PARTNER_DISPNAME":
                partnerDisplayName = value;
                break;
            case "TYPE":
                pstn = value.endsWith("_PSTN");
                break;
            case "CODECS":
                if (direction == CallDirection.INCOMING) {
                    offered = List.copyOf(Tokens.formats(value));
                }
                break;
            case "TOPIC":
                put(CallProperty.TOPIC, value);
                break;
            case "TOKEN":
                put(CallProperty.TOKEN, value);
                break;
            case "TARGET_IDENTITY":
                put(CallProperty.TARGET_IDENTITY, value);
                break;
            case "FORWARDED_BY":
                put(CallProperty.FORWARDED_BY, value);
                break;
            case "MEDIA":
                onMedia(value);
                break;
            case "FAILUREREASON": {
                String[] parts = value.split(" ", 2);
                try {
                    failureCode = Integer.parseInt(parts[0]);
                } catch (NumberFormatException e) {
                    failureCode = CallEnd.FAILURE_MISCELLANEOUS;
                }
                failureText = parts.length > 1 ? parts[1] : "";
                break;
            }
            case "DURATION":
                try {
                    durationSeconds = Long.parseLong(value.strip());
                } catch (NumberFormatException e) {
                    durationSeconds = 0;
                }
                break;
            case "STATUS":
                CallStatus.parse(value).ifPresent(this::onStatus);
                break;
            default:
                // TRANSFERRED_BY and lines of later protocol versions
                break;
        }
    }

    private void put(CallProperty property, String value) {
        synchronized (properties) {
            properties.put(property, value);
        }
    }

    private void onMedia(String value) {
        // "<peer ip:port|RELAY> CODEC <pt>": the link sends there; the leg needs the format
        String[] words = value.split(" ");
        if (words.length >= 3 && words[1].equals("CODEC")) {
            try {
                Tokens.format(Integer.parseInt(words[2])).ifPresent(f -> format = f);
            } catch (NumberFormatException e) {
                media.debug("{}: call {}: unusable codec '{}'", account.username(), id, words[2]);
            }
        }
        media.debug("{}: call {} media with {} as {}", account.username(), id, words[0], format);
    }

    private void onStatus(CallStatus next) {
        if (end != null) {
            return;
        }
        CallStatus previous = status;
        status = next;
        if (direction == CallDirection.INCOMING && !announced && next == CallStatus.RINGING) {
            announceWhenProfileKnown();
            return;
        }
        if (next.isTerminal()) {
            finish(CallEnd.of(next, failureCode, failureText, Duration.ofSeconds(durationSeconds)));
            return;
        }
        if (previous != next && (direction == CallDirection.OUTGOING || announced)) {
            fire(l -> l.statusChanged(this, next));
        }
    }

    /** An incoming leg is announced once its caller's profile is read (or after a short wait), so CHANNEL(skype_*) has it. */
    private void announceWhenProfileKnown() {
        if (profileRequested) {
            return;
        }
        profileRequested = true;
        fetchPartnerProfile(() -> account.serial().execute(() -> {
            if (announced) {
                return;
            }
            announced = true;
            if (end != null) {
                return; // the caller gave up before anyone heard of it
            }
            account.log().debug("{}: incoming call {} from {}", account.username(), id, partner);
            account.announce(this);
        }));
    }

    /** Reads the partner's public profile into the call properties; then runs {@code then} (at most after a short wait). */
    private void fetchPartnerProfile(Runnable then) {
        if (pstn || partner.startsWith("+")) {
            if (then != null) {
                then.run();
            }
            return;
        }
        List<CompletableFuture<Void>> reads = new java.util.ArrayList<>();
        for (CallProperty property : CallProperty.values()) {
            Optional<ProfileField> field = property.callerField();
            if (field.isEmpty()) {
                continue;
            }
            String prefix = "USER " + partner + " " + field.get().name();
            reads.add(account.command("GET " + prefix).thenAccept(reply -> put(property, Account.valueAfter(reply, prefix)))
                    .exceptionally(e -> null));
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new));
        if (then != null) {
            all.completeOnTimeout(null, PROFILE_WAIT_MILLIS, TimeUnit.MILLISECONDS).whenComplete((ok, e) -> then.run());
        }
    }

    /** The account lost its connection or logged out: the leg ends here without the community. */
    void endLocally(String why) {
        if (end != null) {
            return;
        }
        account.log().debug("{}: call {} ends: {}", account.username(), id, why);
        failureCode = CallEnd.FAILURE_CONNECTION_LOST;
        failureText = why;
        status = CallStatus.FAILED;
        finish(CallEnd.of(CallStatus.FAILED, failureCode, failureText, Duration.ofSeconds(durationSeconds)));
    }

    private void finish(CallEnd callEnd) {
        end = callEnd;
        status = callEnd.status();
        account.unregister(this);
        media.debug("{}: call {} ended {} ({}), {} frames not sent", account.username(), id, callEnd.status(),
                callEnd.cause(), droppedWrites.get());
        if (direction == CallDirection.OUTGOING || announced) {
            fire(l -> l.statusChanged(this, callEnd.status()));
            fire(l -> l.hungUp(this, callEnd));
        }
    }

    private void fire(Consumer<CallLegListener> event) {
        for (CallLegListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                account.log().logger().warn("A Skype call listener failed for call {} of {}", id, account.username(), e);
            }
        }
    }

    // ---------------------------------------------------------------- media

    @Override
    public void write(VoiceFrame frame) {
        LinkCall call = linkCall;
        Format negotiated = format;
        if (call == null || negotiated == null || frame.format() != negotiated || !status.isUp()) {
            droppedWrites.incrementAndGet();
            return;
        }
        try {
            call.sendAudio(negotiated, frame.payload());
        } catch (IOException | RuntimeException e) {
            droppedWrites.incrementAndGet();
            media.debug("{}: call {}: RTP not sent: {}", account.username(), id, e.getMessage());
        }
    }

    @Override
    public void sendDtmf(char digit, int durationMillis) {
        DtmfFrame checked = new DtmfFrame(digit, true, Math.max(durationMillis, 0));
        LinkCall call = linkCall;
        if (call == null || !status.isUp()) {
            media.debug("{}: call {}: DTMF {} not sent, the call is {}", account.username(), id, checked.digit(), status);
            return;
        }
        media.debug("{}: call {}: sending DTMF {} ({} ms)", account.username(), id, checked.digit(), durationMillis);
        // RFC 4733 needs at least one 20 ms update
        call.sendDtmf(checked.digit(), Math.max(durationMillis, 20)).exceptionally(e -> {
            media.debug("{}: call {}: DTMF {} not sent: {}", account.username(), id, checked.digit(), e.getMessage());
            return null;
        });
    }

    /** Audio and DTMF from the peer, on the media thread: straight to the listeners. */
    private final class Media implements LinkCall.MediaListener {

        @Override
        public void audio(Format packetFormat, byte[] payload) {
            Format negotiated = format;
            if (negotiated == null || packetFormat != negotiated) {
                return; // a packet before the codec is known, or of another codec: the channel expects one format
            }
            VoiceFrame frame = new VoiceFrame(negotiated, payload, Tokens.samples(negotiated, payload.length));
            for (CallLegListener listener : listeners) {
                try {
                    listener.frame(Leg.this, frame);
                } catch (RuntimeException e) {
                    account.log().logger().warn("A Skype call listener failed on audio of call {}", id, e);
                }
            }
        }

        @Override
        public void dtmf(char digit, int durationMillis) {
            media.debug("{}: call {}: DTMF {} ({} ms)", account.username(), id, digit, durationMillis);
            // the link reports a digit once it ended: the channel gets its begin and end together
            DtmfFrame begin = new DtmfFrame(digit, false, 0);
            DtmfFrame ended = new DtmfFrame(digit, true, durationMillis);
            for (CallLegListener listener : listeners) {
                try {
                    listener.dtmf(Leg.this, begin);
                    listener.dtmf(Leg.this, ended);
                } catch (RuntimeException e) {
                    account.log().logger().warn("A Skype call listener failed on DTMF of call {}", id, e);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "CallLeg[" + account.username() + " " + id + " " + direction + " " + partner + " " + status + "]";
    }
}
