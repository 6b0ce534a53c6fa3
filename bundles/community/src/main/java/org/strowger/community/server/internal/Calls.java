package org.strowger.community.server.internal;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.community.directory.Account;
import org.strowger.community.directory.DebitResult;
import org.strowger.community.directory.PstnBehaviour;
import org.strowger.community.media.RelayLine;
import org.strowger.community.protocol.Availability;
import org.strowger.community.protocol.CallProperty;
import org.strowger.community.protocol.CallStatus;
import org.strowger.community.protocol.CallType;
import org.strowger.community.protocol.ErrorCode;
import org.strowger.community.protocol.FailureReason;
import org.strowger.community.protocol.Line;
import org.strowger.community.protocol.Media;
import org.strowger.community.protocol.Names;
import org.strowger.community.protocol.Protocol;
import org.strowger.community.protocol.ProtocolException;
import org.strowger.community.protocol.Words;

/**
 * Calls (protocol section 7): placing, ringing every session of the callee, answer, reject, hangup, hold, blind
 * transfer, forwarding, no-answer timeout, echo123, SkypeOut to the simulated PSTN with billing, SkypeIn, and the
 * media paths through the server (section 9). Runs on the logic thread, except the RTP relay, which the I/O
 * threads drive through the concurrent maps and volatile fields.
 */
final class Calls {
    private static final Logger LOG = LoggerFactory.getLogger(Calls.class);
    /** What the simulated PSTN speaks (no G.729 encoder on the server). */
    private static final List<Integer> PSTN_CODECS = List.of(Protocol.PT_PCMU, Protocol.PT_PCMA);
    private static final List<Integer> ECHO_CODECS = List.of(Protocol.PT_PCMU, Protocol.PT_PCMA, Protocol.PT_G729);
    /** How long a SkypeIn caller's tone lasts. */
    private static final int TONE_SECONDS = 60;
    /** Finished legs answer GET CALL for this long. */
    private static final int KEEP_FINISHED_SECONDS = 300;

    private final Community community;
    private final MediaPorts ports;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CallLeg> legs = new HashMap<>();
    /** RTP lines of MEDIA TCP legs: leg id -> where their packets go (read by the I/O threads). */
    private final Map<Long, Consumer<byte[]>> tcpInbound = new ConcurrentHashMap<>();
    private final Map<Long, Session> tcpOwner = new ConcurrentHashMap<>();

    Calls(Community community, MediaPorts ports) {
        this.community = community;
        this.ports = ports;
    }

    // ---- placing ----------------------------------------------------------------------------------------

    void place(Session s, String id, Words w) throws ProtocolException {
        String target = w.next("target");
        w.expect("MEDIA");
        InetSocketAddress media = Media.parseAddress(w.next("media address (ip:port or TCP)"));
        w.expect("CODECS");
        List<Integer> codecs = Media.parseCodecs(w.next("codec list"));
        String topic = "";
        if (w.accept("TOPIC")) {
            topic = w.rest();
        } else {
            w.end("CODECS");
        }
        boolean echo = target.equals(Protocol.ECHO_ACCOUNT);
        if (target.equals(s.account)) {
            throw new ProtocolException(ErrorCode.INVALID_ARGUMENT, "cannot call yourself");
        }
        if (!echo) {
            Names.requireAccountOrNumber(target);
            if (Names.isAccount(target) && !community.directory.exists(target)) {
                throw new ProtocolException(ErrorCode.NO_SUCH_USER, "no such user " + target);
            }
        }
        if (activeLegs(s.account).size() >= Protocol.MAX_CALLS_PER_ACCOUNT) {
            throw new ProtocolException(ErrorCode.CALL_STATE, "too many calls (max " + Protocol.MAX_CALLS_PER_ACCOUNT + ")");
        }
        CallLeg a = newLeg(s.account);
        a.owner = s;
        a.status = CallStatus.ROUTING;
        a.type = Names.isPhoneNumber(target) ? CallType.OUTGOING_PSTN : CallType.OUTGOING_P2P;
        a.partnerHandle = target;
        a.partnerDispname = displayName(target);
        a.codecs = codecs;
        a.mediaAddress = media;
        Call call = new Call();
        call.caller = a;
        call.topic = topic;
        a.call = call;
        s.reply(id, "CALL " + a.id + " STATUS ROUTING");
        route(call, target, null, null);
    }

    private CallLeg newLeg(String account) {
        CallLeg leg = new CallLeg(ids.incrementAndGet(), account);
        legs.put(leg.id, leg);
        return leg;
    }

    private String displayName(String handle) {
        if (Names.isPhoneNumber(handle)) {
            return handle;
        }
        return community.directory.account(handle).map(Account::displayName).orElse(handle);
    }

    /** The handle the callee sees: the calling account or the PSTN caller's number. */
    private static String callerHandle(Call call) {
        return call.caller != null ? call.caller.account : call.pstnCaller;
    }

    private List<Integer> callerCodecs(Call call) {
        return call.caller != null ? call.caller.codecs : PSTN_CODECS;
    }

    /**
     * Routes (or re-routes, for forwarding and transfer) a call to {@code target}.
     *
     * @param forwardedBy the account that forwarded, or null
     * @param transferredBy the account that transferred, or null
     */
    private void route(Call call, String target, String forwardedBy, String transferredBy) {
        if (target.equals(Protocol.ECHO_ACCOUNT)) {
            call.endpoint = Call.Endpoint.ECHO;
            callerStatus(call, CallStatus.RINGING);
            answerByEndpoint(call, ECHO_CODECS);
            return;
        }
        if (Names.isPhoneNumber(target)) {
            routeToNumber(call, target, forwardedBy, transferredBy);
            return;
        }
        Optional<Account> account = community.directory.account(target);
        String from = callerHandle(call);
        int sessions = account.isPresent() ? community.sessionsOf(target).size() : 0;
        Routing.AccountFacts facts = new Routing.AccountFacts(account.isPresent(),
                call.caller != null && !community.directory.mayCall(from, target), sessions,
                account.map(a -> a.availability() == Availability.DND).orElse(false),
                account.map(Account::callForwardActive).orElse(false),
                account.map(Account::voicemail).orElse(false), call.forwarded);
        Routing.Decision d = Routing.toAccount(facts);
        switch (d.action()) {
            case RING -> ring(call, account.get(), call.pstnCaller != null ? CallType.INCOMING_PSTN : CallType.INCOMING_P2P,
                    call.pstnCaller != null ? call.skypeInNumber : "", forwardedBy, transferredBy);
            case FORWARD_NOW -> forward(call, account.get());
            default -> endByDecision(call, d);
        }
    }

    private void routeToNumber(Call call, String number, String forwardedBy, String transferredBy) {
        Optional<String> skypeIn = community.directory.skypeInAccount(number);
        if (call.caller == null) {
            // a PSTN caller forwarded to a number: not billed to anyone, the PSTN handles it
            endByDecision(call, Routing.Decision.failed(FailureReason.INVALID_NUMBER, null));
            return;
        }
        String payer = forwardedBy != null ? forwardedBy : call.caller.account;
        Optional<DebitResult.Refused> refusal = community.directory.checkSkypeOut(payer, number);
        Optional<PstnBehaviour> behaviour = Optional.ofNullable(community.settings.pstn().get(number));
        Routing.Decision d = Routing.toNumber(skypeIn.isPresent(), refusal, behaviour);
        switch (d.action()) {
            case SKYPEIN -> {
                call.skypeOutNumber = number;
                call.payer = payer;
                Optional<Account> account = community.directory.account(skypeIn.get());
                if (account.isEmpty() || community.sessionsOf(account.get().name()).isEmpty()) {
                    endByDecision(call, Routing.Decision.failed(FailureReason.USER_OFFLINE, null));
                    return;
                }
                ring(call, account.get(), CallType.INCOMING_PSTN, number, forwardedBy, transferredBy);
            }
            case PSTN -> {
                call.skypeOutNumber = number;
                call.payer = payer;
                call.endpoint = Call.Endpoint.PSTN;
                call.behaviour = behaviour.get();
                callerStatus(call, CallStatus.RINGING);
                switch (call.behaviour.kind()) {
                    case ECHO -> answerByEndpoint(call, PSTN_CODECS);
                    case SLOW -> call.timers.add(community.logic.schedule(() -> {
                        if (!call.ended && !call.answered) {
                            answerByEndpoint(call, PSTN_CODECS);
                        }
                    }, call.behaviour.seconds(), TimeUnit.SECONDS));
                    default -> { // NOANSWER: rings until the timeout
                    }
                }
                if (!call.answered) {
                    scheduleNoAnswer(call);
                }
            }
            default -> endByDecision(call, d);
        }
    }

    private void endByDecision(Call call, Routing.Decision d) {
        switch (d.status()) {
            case REFUSED -> endCall(call, CallStatus.REFUSED, CallStatus.MISSED, null, null);
            case BUSY -> endCall(call, CallStatus.BUSY, CallStatus.MISSED, null, null);
            default -> endCall(call, CallStatus.FAILED, CallStatus.MISSED, d.reason(), d.reasonText());
        }
    }

    /** Rings every session of {@code account} with a new incoming leg. */
    private void ring(Call call, Account account, CallType type, String targetIdentity, String forwardedBy,
            String transferredBy) {
        CallLeg b = newLeg(account.name());
        b.call = call;
        b.type = type;
        b.status = CallStatus.RINGING;
        b.partnerHandle = callerHandle(call);
        b.partnerDispname = displayName(b.partnerHandle);
        b.codecs = callerCodecs(call);
        b.targetIdentity = targetIdentity == null ? "" : targetIdentity;
        b.forwardedBy = forwardedBy == null ? "" : forwardedBy;
        b.transferredBy = transferredBy == null ? "" : transferredBy;
        b.ringing.addAll(community.sessionsOf(account.name()));
        call.callee = b;
        String p = "CALL " + b.id + " ";
        List<String> lines = new ArrayList<>();
        lines.add(p + "PARTNER_HANDLE " + b.partnerHandle);
        lines.add(p + "PARTNER_DISPNAME " + Line.sanitize(b.partnerDispname));
        lines.add(p + "TYPE " + b.type);
        lines.add(p + "CODECS " + Media.formatCodecs(b.codecs));
        if (!call.topic.isEmpty()) {
            lines.add(p + "TOPIC " + call.topic);
        }
        if (!call.token.isEmpty()) {
            lines.add(p + "TOKEN " + call.token);
        }
        if (!b.targetIdentity.isEmpty()) {
            lines.add(p + "TARGET_IDENTITY " + b.targetIdentity);
        }
        if (!b.forwardedBy.isEmpty()) {
            lines.add(p + "FORWARDED_BY " + b.forwardedBy);
        }
        if (!b.transferredBy.isEmpty()) {
            lines.add(p + "TRANSFERRED_BY " + b.transferredBy);
        }
        lines.add(p + "STATUS RINGING");
        for (Session s : b.ringing) {
            lines.forEach(s::send);
        }
        callerStatus(call, CallStatus.RINGING);
        scheduleNoAnswer(call);
        if (account.callForward() != null && !call.forwarded
                && account.callForward().seconds() < community.settings.noAnswerTimeoutSeconds()) {
            call.timers.add(community.logic.schedule(() -> {
                if (!call.ended && !call.answered && call.callee == b) {
                    forward(call, community.directory.account(account.name()).orElse(account));
                }
            }, account.callForward().seconds(), TimeUnit.SECONDS));
        }
    }

    private void scheduleNoAnswer(Call call) {
        CallLeg callee = call.callee;
        call.timers.add(community.logic.schedule(() -> {
            if (!call.ended && !call.answered && call.callee == callee) {
                endCall(call, CallStatus.NOANSWER, CallStatus.MISSED, null, null);
            }
        }, community.settings.noAnswerTimeoutSeconds(), TimeUnit.SECONDS));
    }

    /** CALL_FORWARD: the ringing leg (if any) is MISSED and the call rings the forward target (one hop). */
    private void forward(Call call, Account from) {
        if (from.callForward() == null) {
            endCall(call, CallStatus.FAILED, CallStatus.MISSED, FailureReason.USER_OFFLINE, null);
            return;
        }
        call.cancelTimers();
        if (call.callee != null) {
            endLeg(call.callee, CallStatus.MISSED, null, null);
            call.callee = null;
        }
        call.forwarded = true;
        LOG.debug("call from {} forwarded by {} to {}", callerHandle(call), from.name(), from.callForward().target());
        route(call, from.callForward().target(), from.name(), null);
    }

    // ---- answer -----------------------------------------------------------------------------------------

    /** echo123 or a PSTN number answers: the codec is the first of the caller's that the endpoint speaks. */
    private void answerByEndpoint(Call call, List<Integer> endpointCodecs) {
        CallLeg a = call.caller;
        int codec = Media.negotiate(a.codecs, endpointCodecs);
        if (codec < 0) {
            endCall(call, CallStatus.FAILED, CallStatus.MISSED, FailureReason.NO_COMMON_CODEC, null);
            return;
        }
        call.cancelTimers();
        call.answered = true;
        a.codec = codec;
        String mediaWord;
        try {
            mediaWord = serverSide(a);
        } catch (IllegalStateException e) {
            noPort(call, e);
            return;
        }
        EndpointMedia.Echo echo = new EndpointMedia.Echo(toClient(a));
        call.media = echo;
        setInbound(a, echo::receive);
        talking(call, a, mediaWord);
        startBilling(call);
    }

    private void alterAnswer(Session s, String id, CallLeg b, Words w) throws ProtocolException {
        w.expect("MEDIA");
        InetSocketAddress media = Media.parseAddress(w.next("media address (ip:port or TCP)"));
        w.expect("CODECS");
        List<Integer> codecs = Media.parseCodecs(w.next("codec list"));
        w.end("CODECS");
        Call call = b.call;
        if (call.caller != null && call.caller == b || b.status != CallStatus.RINGING || !b.ringing.contains(s)) {
            throw wrongState(b);
        }
        int codec = Media.negotiate(callerCodecs(call), codecs);
        b.owner = s;
        b.ringing.remove(s);
        for (Session other : b.ringing) {
            other.send("CALL " + b.id + " STATUS MISSED");
        }
        b.ringing.clear();
        s.reply(id, "ALTER CALL " + b.id + " ANSWER");
        if (codec < 0) {
            endCall(call, CallStatus.FAILED, CallStatus.FAILED, FailureReason.NO_COMMON_CODEC, null);
            return;
        }
        call.cancelTimers();
        call.answered = true;
        b.mediaAddress = media;
        b.codecs = codecs;
        b.codec = codec;
        CallLeg a = call.caller;
        if (a == null) {
            // SkypeIn from the simulated PSTN: its caller plays a tone, then hangs up
            String word;
            try {
                word = serverSide(b);
            } catch (IllegalStateException e) {
                noPort(call, e);
                return;
            }
            EndpointMedia.Tone tone = new EndpointMedia.Tone(toClient(b), codec, community.logic);
            call.media = tone;
            setInbound(b, tone::receive);
            talking(call, b, word);
            call.timers.add(community.logic.schedule(() -> {
                if (!call.ended) {
                    endCall(call, CallStatus.FINISHED, CallStatus.FINISHED, null, null);
                }
            }, TONE_SECONDS, TimeUnit.SECONDS));
            return;
        }
        a.codec = codec;
        String aWord;
        String bWord;
        if (!a.tcp() && !b.tcp()) {
            // both on UDP: the media goes directly between them
            aWord = Media.formatAddress(b.mediaAddress);
            bWord = Media.formatAddress(a.mediaAddress);
        } else {
            try {
                aWord = serverSide(a);
                bWord = serverSide(b);
            } catch (IllegalStateException e) {
                noPort(call, e);
                return;
            }
            setInbound(a, toClient(b));
            setInbound(b, toClient(a));
        }
        talking(call, a, aWord);
        talking(call, b, bWord);
        startBilling(call);
    }

    /** Every port of rtp_ports is taken: the call cannot have media through the server. */
    private void noPort(Call call, IllegalStateException e) {
        LOG.warn("call of {} failed: {}", callerHandle(call), e.getMessage());
        endCall(call, CallStatus.FAILED, CallStatus.FAILED, FailureReason.MISC, "no free media port on the server");
    }

    /** MEDIA then STATUS INPROGRESS on one leg. */
    private void talking(Call call, CallLeg leg, String mediaWord) {
        leg.answeredAtMillis = System.currentTimeMillis();
        leg.status = CallStatus.INPROGRESS;
        send(leg, "CALL " + leg.id + " MEDIA " + mediaWord + " CODEC " + leg.codec);
        send(leg, "CALL " + leg.id + " STATUS INPROGRESS");
    }

    /**
     * Puts the server in this leg's media path: a UDP client gets a server port (its MEDIA address), a TCP client
     * the word RELAY.
     */
    private String serverSide(CallLeg leg) {
        if (leg.tcp()) {
            tcpOwner.put(leg.id, leg.owner);
            return Protocol.MEDIA_RELAY;
        }
        if (leg.port == null) {
            leg.port = ports.open();
        }
        return Media.formatAddress(leg.port.local);
    }

    /** Where packets for this leg's client go: RTP lines on its connection, or UDP from its server port. */
    private static Consumer<byte[]> toClient(CallLeg leg) {
        if (leg.tcp()) {
            Session owner = leg.owner;
            String id = Long.toString(leg.id);
            return packet -> owner.send(RelayLine.encode(id, packet));
        }
        MediaPorts.Port port = leg.port;
        InetSocketAddress to = leg.mediaAddress;
        return packet -> port.send(packet, to);
    }

    /** Where packets from this leg's client go. */
    private void setInbound(CallLeg leg, Consumer<byte[]> consumer) {
        if (leg.tcp()) {
            tcpInbound.put(leg.id, consumer);
        } else {
            leg.port.inbound = consumer;
        }
    }

    /**
     * An {@code RTP <callId> <base64>} line of a MEDIA TCP leg, on the connection's I/O thread. Lines for a call
     * that is not connected are dropped; malformed ones are answered once per session.
     */
    void relayLine(Session s, String text) {
        RelayLine line;
        try {
            line = RelayLine.decode(text);
        } catch (RuntimeException e) {
            s.send("ERROR " + ErrorCode.MALFORMED.code() + " " + Line.sanitize(String.valueOf(e.getMessage())));
            return;
        }
        long id;
        try {
            id = Long.parseLong(line.callId());
        } catch (NumberFormatException e) {
            s.send("ERROR " + ErrorCode.MALFORMED.code() + " invalid call id in RTP line");
            return;
        }
        if (line.packet().length < Protocol.MIN_RTP_PACKET || line.packet().length > Protocol.MAX_RTP_PACKET) {
            return;
        }
        Consumer<byte[]> c = tcpInbound.get(id);
        if (c != null && tcpOwner.get(id) == s) {
            c.accept(line.packet());
        }
    }

    // ---- SkypeOut billing -------------------------------------------------------------------------------

    private void startBilling(Call call) {
        if (call.skypeOutNumber == null) {
            return;
        }
        if (!debit(call)) {
            return;
        }
        call.timers.add(community.logic.scheduleAtFixedRate(() -> {
            if (!call.ended) {
                debit(call);
            }
        }, 60, 60, TimeUnit.SECONDS));
    }

    /** One started minute; false (and the call cut off) when the credit does not cover it. */
    private boolean debit(Call call) {
        DebitResult r = community.directory.debitMinute(call.payer, call.skypeOutNumber);
        if (r instanceof DebitResult.Debited d) {
            community.fanOut(d.events());
            return true;
        }
        LOG.info("SkypeOut call of {} to {} cut off: {}", call.payer, call.skypeOutNumber,
                ((DebitResult.Refused) r).message());
        endCall(call, CallStatus.FINISHED, CallStatus.FINISHED, FailureReason.INSUFFICIENT_FUNDS, null);
        return false;
    }

    // ---- ALTER / GET / SET ------------------------------------------------------------------------------

    void alter(Session s, String id, Words w) throws ProtocolException {
        CallLeg leg = ownLeg(s, w.next("call id"));
        String action = w.next("action (ANSWER, HANGUP, REJECT, HOLD, RESUME or TRANSFER)");
        switch (action) {
            case "ANSWER" -> alterAnswer(s, id, leg, w);
            case "HANGUP" -> {
                w.end("HANGUP");
                hangup(s, id, leg);
            }
            case "REJECT" -> {
                boolean busy = w.accept("BUSY");
                w.end("REJECT");
                if (leg.call.callee != leg || leg.status != CallStatus.RINGING || !leg.ringing.contains(s)) {
                    throw wrongState(leg);
                }
                s.reply(id, "ALTER CALL " + leg.id + " REJECT");
                leg.ringing.remove(s);
                s.send("CALL " + leg.id + " DURATION 0");
                s.send("CALL " + leg.id + " STATUS REFUSED");
                endCall(leg.call, busy ? CallStatus.BUSY : CallStatus.REFUSED, CallStatus.MISSED, null, null);
            }
            case "HOLD", "RESUME" -> {
                w.end(action);
                if (!leg.status.isTalking() || leg.owner != s) {
                    throw wrongState(leg);
                }
                s.reply(id, "ALTER CALL " + leg.id + " " + action);
                hold(leg, action.equals("HOLD"));
            }
            case "TRANSFER" -> {
                String target = w.next("transfer target");
                w.end(target);
                transfer(s, id, leg, target);
            }
            default -> throw new ProtocolException(ErrorCode.INVALID_ARGUMENT,
                    "unknown call action " + action + " (ANSWER, HANGUP, REJECT, HOLD, RESUME or TRANSFER)");
        }
    }

    /** The reply comes first, then the notifications it causes (protocol section 7). */
    private void hangup(Session s, String id, CallLeg leg) throws ProtocolException {
        Call call = leg.call;
        if (leg.status.isFinal()) {
            throw wrongState(leg);
        }
        if (leg == call.callee && leg.status == CallStatus.RINGING) {
            // hanging up a ringing call is rejecting it
            if (!leg.ringing.contains(s)) {
                throw wrongState(leg);
            }
            s.reply(id, "ALTER CALL " + leg.id + " HANGUP");
            leg.ringing.remove(s);
            s.send("CALL " + leg.id + " DURATION 0");
            s.send("CALL " + leg.id + " STATUS REFUSED");
            endCall(call, CallStatus.REFUSED, CallStatus.MISSED, null, null);
            return;
        }
        if (leg.owner != s) {
            throw wrongState(leg);
        }
        s.reply(id, "ALTER CALL " + leg.id + " HANGUP");
        if (call.answered) {
            endCall(call, CallStatus.FINISHED, CallStatus.FINISHED, null, null);
        } else {
            endCall(call, CallStatus.CANCELLED, CallStatus.MISSED, null, null);
        }
    }

    private void hold(CallLeg leg, boolean hold) {
        CallLeg partner = partner(leg);
        leg.localHold = hold;
        if (partner != null) {
            partner.remoteHold = hold;
        }
        updateHoldStatus(leg);
        if (partner != null) {
            updateHoldStatus(partner);
        }
    }

    private void updateHoldStatus(CallLeg leg) {
        boolean local = leg.localHold;
        boolean remote = leg.remoteHold;
        // the partner's own hold is its LOCALHOLD; seen from here it is REMOTEHOLD
        CallStatus st = local && remote ? CallStatus.ONHOLD : local ? CallStatus.LOCALHOLD
                : remote ? CallStatus.REMOTEHOLD : CallStatus.INPROGRESS;
        if (st != leg.status) {
            leg.status = st;
            send(leg, "CALL " + leg.id + " STATUS " + st);
        }
    }

    private static CallLeg partner(CallLeg leg) {
        Call call = leg.call;
        return leg == call.caller ? call.callee : call.caller;
    }

    private void transfer(Session s, String id, CallLeg leg, String target) throws ProtocolException {
        Call call = leg.call;
        if (!leg.status.isTalking() || leg.owner != s) {
            throw wrongState(leg);
        }
        if (!target.equals(Protocol.ECHO_ACCOUNT)) {
            Names.requireAccountOrNumber(target);
            if (Names.isAccount(target) && !community.directory.exists(target)) {
                throw new ProtocolException(ErrorCode.NO_SUCH_USER, "no such user " + target);
            }
        }
        CallLeg partner = partner(leg);
        if (partner == null && call.pstnCaller == null) {
            throw new ProtocolException(ErrorCode.CALL_STATE, "call " + leg.id + " with a server endpoint cannot be transferred");
        }
        s.reply(id, "ALTER CALL " + leg.id + " TRANSFER " + target);
        // the transferor's leg is over
        call.cancelTimers();
        if (call.media != null) {
            call.media.stop();
        }
        call.ended = true;
        endLeg(leg, CallStatus.TRANSFERRED, null, null);
        Call next = new Call();
        next.topic = call.topic;
        next.token = call.token;
        if (partner != null) {
            releaseMedia(partner);
            partner.call = next;
            partner.status = CallStatus.ROUTING;
            partner.answeredAtMillis = 0;
            partner.localHold = false;
            partner.remoteHold = false;
            partner.codec = -1;
            next.caller = partner;
            // the transferee calls as itself; it keeps its call id
            if (partner.type != null && partner.type.isIncoming()) {
                partner.type = Names.isPhoneNumber(target) ? CallType.OUTGOING_PSTN : CallType.OUTGOING_P2P;
            }
            partner.partnerHandle = target;
            partner.partnerDispname = displayName(target);
            send(partner, "CALL " + partner.id + " STATUS ROUTING");
        } else {
            next.pstnCaller = call.pstnCaller;
            next.skypeInNumber = call.skypeInNumber;
        }
        LOG.debug("{} transferred call {} to {}", leg.account, leg.id, target);
        route(next, target, null, leg.account);
    }

    void get(Session s, String id, Words w) throws ProtocolException {
        CallLeg leg = ownLeg(s, w.next("call id"));
        CallProperty p = CallProperty.parse(w.next("call property"));
        w.end(p.name());
        Call call = leg.call;
        String v = switch (p) {
            case STATUS -> leg.status.name();
            case PARTNER_HANDLE -> leg.partnerHandle;
            case PARTNER_DISPNAME -> Line.sanitize(leg.partnerDispname);
            case TYPE -> leg.type.name();
            case TOPIC -> call.topic;
            case TOKEN -> call.token;
            case TARGET_IDENTITY -> leg.targetIdentity;
            case FORWARDED_BY -> leg.forwardedBy;
            case TRANSFERRED_BY -> leg.transferredBy;
            case CODEC -> leg.codec < 0 ? "" : Integer.toString(leg.codec);
            case DURATION -> Long.toString(leg.durationSeconds(System.currentTimeMillis()));
            case FAILUREREASON -> leg.failureReason;
        };
        s.reply(id, "CALL " + leg.id + " " + p.name() + " " + v);
    }

    void set(Session s, String id, Words w) throws ProtocolException {
        CallLeg leg = ownLeg(s, w.next("call id"));
        CallProperty p = CallProperty.parse(w.next("call property"));
        if (!p.writable()) {
            throw new ProtocolException(ErrorCode.READ_ONLY, "call property " + p + " is read-only");
        }
        String value = w.rest();
        if (leg.status.isFinal()) {
            throw wrongState(leg);
        }
        Call call = leg.call;
        if (p == CallProperty.TOPIC) {
            call.topic = value;
        } else {
            call.token = value;
        }
        s.reply(id, "CALL " + leg.id + " " + p + " " + value);
        CallLeg partner = partner(leg);
        if (partner != null && !partner.status.isFinal()) {
            send(partner, "CALL " + partner.id + " " + p + " " + value);
        }
    }

    private CallLeg ownLeg(Session s, String idWord) throws ProtocolException {
        long id;
        try {
            id = Long.parseLong(idWord);
        } catch (NumberFormatException e) {
            throw new ProtocolException(ErrorCode.NO_SUCH_CALL, "no such call " + idWord);
        }
        CallLeg leg = legs.get(id);
        if (leg == null || !leg.account.equals(s.account)) {
            throw new ProtocolException(ErrorCode.NO_SUCH_CALL, "no such call " + idWord);
        }
        return leg;
    }

    private static ProtocolException wrongState(CallLeg leg) {
        return new ProtocolException(ErrorCode.CALL_STATE, "call " + leg.id + " is " + leg.status);
    }

    // ---- ending -----------------------------------------------------------------------------------------

    private void callerStatus(Call call, CallStatus status) {
        CallLeg a = call.caller;
        if (a != null && a.status != status && !a.status.isFinal()) {
            a.status = status;
            send(a, "CALL " + a.id + " STATUS " + status);
        }
    }

    /** Ends both sides with their final statuses; the reason (if any) goes to every client leg. */
    private void endCall(Call call, CallStatus callerStatus, CallStatus calleeStatus, FailureReason reason,
            String reasonText) {
        if (call.ended) {
            return;
        }
        call.ended = true;
        call.cancelTimers();
        if (call.media != null) {
            call.media.stop();
        }
        if (call.caller != null) {
            endLeg(call.caller, callerStatus, reason, reasonText);
        }
        if (call.callee != null) {
            endLeg(call.callee, calleeStatus, reason, reasonText);
        }
    }

    private void endLeg(CallLeg leg, CallStatus status, FailureReason reason, String reasonText) {
        if (leg.status != null && leg.status.isFinal()) {
            return;
        }
        long now = System.currentTimeMillis();
        leg.endedAtMillis = now;
        leg.status = status;
        if (reason != null) {
            leg.failureReason = reason.code() + " " + (reasonText == null ? reason.text() : reasonText);
            send(leg, "CALL " + leg.id + " FAILUREREASON " + leg.failureReason);
        }
        send(leg, "CALL " + leg.id + " DURATION " + leg.durationSeconds(now));
        send(leg, "CALL " + leg.id + " STATUS " + status);
        leg.ringing.clear();
        releaseMedia(leg);
        community.logic.schedule(() -> {
            CallLeg l = legs.get(leg.id);
            if (l != null && l.status.isFinal()) {
                legs.remove(leg.id);
            }
        }, KEEP_FINISHED_SECONDS, TimeUnit.SECONDS);
    }

    private void releaseMedia(CallLeg leg) {
        tcpInbound.remove(leg.id);
        tcpOwner.remove(leg.id);
        MediaPorts.Port p = leg.port;
        if (p != null) {
            leg.port = null;
            p.close();
        }
    }

    private static void send(CallLeg leg, String line) {
        for (Session s : leg.audience()) {
            s.send(line);
        }
    }

    /** A connection closed: its calls end for the partners (FINISHED, reason 7), its ringing copies stop. */
    void sessionGone(Session s) {
        for (CallLeg leg : new ArrayList<>(legs.values())) {
            if (leg.status == null || leg.status.isFinal()) {
                continue;
            }
            Call call = leg.call;
            if (leg.owner == s) {
                leg.owner = null;
                if (call.answered) {
                    endCall(call, CallStatus.FINISHED, CallStatus.FINISHED, FailureReason.CONNECTION_LOST, null);
                } else {
                    endCall(call, CallStatus.CANCELLED, CallStatus.MISSED, null, null);
                }
            } else if (leg.ringing.remove(s) && leg.ringing.isEmpty() && leg == call.callee && !call.answered) {
                endCall(call, CallStatus.FAILED, CallStatus.MISSED, FailureReason.USER_OFFLINE, null);
            }
        }
    }

    // ---- SkypeIn from the simulated PSTN, administration ------------------------------------------------

    /**
     * A simulated PSTN caller rings a SkypeIn number; returns the account it rings.
     *
     * @throws IllegalArgumentException when the numbers are wrong or the call cannot ring
     */
    String pstnCall(String from, String to) {
        if (!Names.isPhoneNumber(from)) {
            throw new IllegalArgumentException("invalid caller number " + from + " (+ and 3-15 digits)");
        }
        String account = community.directory.skypeInAccount(to)
                .orElseThrow(() -> new IllegalArgumentException("no SkypeIn number " + to));
        Call call = new Call();
        call.pstnCaller = from;
        call.skypeInNumber = to;
        route(call, account, null, null);
        if (call.ended && call.callee == null) {
            throw new IllegalArgumentException("cannot ring " + account + ": not online and no forwarding");
        }
        return account;
    }

    String activeCallIds(String account) {
        StringJoiner j = new StringJoiner(", ");
        activeLegs(account).forEach(l -> j.add(Long.toString(l.id)));
        return j.toString();
    }

    private List<CallLeg> activeLegs(String account) {
        List<CallLeg> list = new ArrayList<>();
        for (CallLeg l : legs.values()) {
            if (l.account.equals(account) && l.status != null && !l.status.isFinal()) {
                list.add(l);
            }
        }
        list.sort((x, y) -> Long.compare(x.id, y.id));
        return list;
    }

    /** {@code show calls}: one line per call that is not over. */
    String show() {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (CallLeg l : legs.values().stream().sorted((x, y) -> Long.compare(x.id, y.id)).toList()) {
            Call c = l.call;
            boolean primary = l == c.caller || (c.caller == null && l == c.callee);
            if (primary && !c.ended && l.status != null && !l.status.isFinal()) {
                b.append(c.describe()).append('\n');
                n++;
            }
        }
        b.append(n).append(n == 1 ? " active call" : " active calls");
        return b.toString();
    }
}
