package org.strowger.community.phone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.strowger.community.client.CallLeg;
import org.strowger.community.client.CallListener;
import org.strowger.community.client.CallOptions;
import org.strowger.community.client.CommunityClient;
import org.strowger.community.client.CommunityException;
import org.strowger.community.client.CommunityListener;
import org.strowger.community.media.G711;
import org.strowger.community.media.PayloadType;
import org.strowger.community.media.RtpPacket;
import org.strowger.community.media.SourceStatistics;
import org.strowger.community.media.ToneGenerator;
import org.strowger.community.media.WavFile;
import org.strowger.community.protocol.CallStatus;

/**
 * The softphone's command interpreter over one logged-in {@link CommunityClient}. Every command prints zero or
 * more data lines and then {@code OK <verb>} or {@code ERROR <code> <text>} (code 0 for errors of the phone
 * itself); notifications print as {@code EVENT <line>} as they arrive, and are also what {@code wait} looks for.
 */
final class Phone implements AutoCloseable {

    static final String HELP = String.join("\n",
            "commands (one per line; '#' starts a comment):",
            "  buddies | add <user> [message] | authorize <user> | deny <user> | ignore <user> | block <user>",
            "  unblock <user> | remove <user> | status [availability] | profile <prop> [value] | user <name> <prop>",
            "  call <target> [topic] | answer | reject | hangup | hold | resume | transfer <target>",
            "  dtmf <digits> | play <wav> | tone <hz> <ms> | record <wav> | record stop | stats | topic <text> | token <text>",
            "  admin <words> | pstn <from> <to> | wait <event regex> [seconds] | sleep <ms> | help | quit");

    private static final int DEFAULT_WAIT_SECONDS = 30;

    private final CommunityClient client;
    private final PrintStream out;
    /** Events not yet consumed by a {@code wait}, oldest first. */
    private final LinkedList<String> events = new LinkedList<>();
    private final CommunityListener listener;
    private volatile CallLeg current;
    private Recording recording;

    Phone(CommunityClient client, PrintStream out) {
        this.client = client;
        this.out = out;
        this.listener = new CommunityListener() {
            @Override
            public void onLine(String line) {
                // The client reports the raw line before onIncomingCall: adopt a ringing incoming leg first, so a
                // script that waits for this line can answer it at once.
                String[] words = line.split(" ", 4);
                if (words.length == 4 && words[0].equals("CALL") && words[2].equals("STATUS") && words[3].equals("RINGING")) {
                    CallLeg leg = client.leg(words[1]);
                    if (leg != null && leg.direction() == CallLeg.Direction.INCOMING) {
                        adopt(leg);
                    }
                }
                event(line);
            }

            @Override
            public void onIncomingCall(CallLeg leg) {
                adopt(leg);
            }

            @Override
            public void onDisconnect(Throwable cause) {
                event("DISCONNECTED" + (cause == null ? "" : " " + cause.getMessage()));
            }
        };
        client.addListener(listener);
    }

    private final CallListener dtmfPrinter = new CallListener() {
        @Override
        public void onDtmf(CallLeg leg, char digit, int durationMillis) {
            event("DTMF " + leg.id() + " " + digit + " " + durationMillis);
        }
    };

    /** Makes an incoming leg the current call; called twice for the same leg, it acts once. */
    private synchronized void adopt(CallLeg leg) {
        if (current != leg) {
            current = leg;
            leg.addListener(dtmfPrinter);
        }
    }

    private void event(String text) {
        synchronized (events) {
            events.add(text);
            events.notifyAll();
        }
        print("EVENT " + text);
    }

    private void print(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    /** Runs commands until the end of input or {@code quit}; 0 if all succeeded, else 1. */
    int runScript(BufferedReader reader) throws IOException {
        boolean failed = false;
        String line;
        while ((line = reader.readLine()) != null) {
            String command = line.strip();
            if (command.isEmpty() || command.startsWith("#")) {
                continue;
            }
            if (command.equals("quit") || command.equals("exit")) {
                print("OK quit");
                break;
            }
            if (!execute(command)) {
                failed = true;
            }
        }
        return failed ? 1 : 0;
    }

    /** Executes one command line; prints OK or ERROR and returns whether it succeeded. */
    boolean execute(String command) {
        String[] w = command.split("\\s+", 2);
        String verb = w[0];
        String rest = w.length > 1 ? w[1] : "";
        try {
            run(verb, rest);
            print("OK " + verb);
            return true;
        } catch (CommunityException e) {
            print("ERROR " + e.code() + " " + e.text());
        } catch (IllegalArgumentException | IllegalStateException | IOException e) {
            print("ERROR 0 " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            print("ERROR 0 interrupted");
        }
        return false;
    }

    private void run(String verb, String rest) throws IOException, InterruptedException {
        switch (verb) {
            case "help" -> print(HELP);
            case "buddies" -> buddies();
            case "add" -> {
                String[] a = split(rest, 1, 2, "add <user> [message]");
                print("USER " + a[0] + " BUDDYSTATUS " + get(client.addBuddy(a[0], a.length > 1 ? a[1] : "")));
            }
            case "authorize" -> get(client.authorize(one(rest, "authorize <user>"), true));
            case "deny" -> get(client.authorize(one(rest, "deny <user>"), false));
            case "ignore" -> get(client.ignoreAuthRequest(one(rest, "ignore <user>")));
            case "block" -> get(client.block(one(rest, "block <user>"), true));
            case "unblock" -> get(client.block(one(rest, "unblock <user>"), false));
            case "remove" -> get(client.removeBuddy(one(rest, "remove <user>")));
            case "status" -> print("USERSTATUS " + get(rest.isEmpty() ? client.getUserStatus()
                    : client.setUserStatus(one(rest, "status <availability>").toUpperCase())));
            case "profile" -> {
                String[] a = split(rest, 1, 2, "profile <property> [value]");
                String property = a[0].toUpperCase();
                String value = a.length > 1 ? get(client.setProfile(property, a[1])) : get(client.getProfile(property));
                print("PROFILE " + property + " " + value);
            }
            case "user" -> {
                String[] a = split(rest, 2, 2, "user <name> <property>");
                String property = a[1].toUpperCase();
                print("USER " + a[0] + " " + property + " " + get(client.getUser(a[0], property)));
            }
            case "call" -> call(rest);
            case "answer" -> {
                CallLeg leg = requireCall(CallStatus.RINGING);
                get(leg.answer(CallOptions.defaults().withMedia(client.options().defaultMedia())));
                get(leg.answered());
                print("CALL " + leg.id() + " ANSWERED " + leg.partner() + " CODEC " + leg.codec().number());
            }
            case "reject" -> get(requireCall(CallStatus.RINGING).reject(rest.equalsIgnoreCase("busy")));
            case "hangup" -> {
                CallLeg leg = requireCall(null);
                get(leg.hangup());
                get(leg.ended());
            }
            case "hold" -> get(requireCall(null).hold());
            case "resume" -> get(requireCall(null).resume());
            case "transfer" -> get(requireCall(null).transfer(one(rest, "transfer <target>")));
            case "topic" -> get(requireCall(null).setTopic(rest));
            case "token" -> get(requireCall(null).setToken(rest));
            case "dtmf" -> get(requireTalking().sendDtmf(one(rest, "dtmf <digits>")));
            case "play" -> play(one(rest, "play <wav file>"));
            case "tone" -> {
                String[] a = split(rest, 2, 2, "tone <hz> <ms>");
                tone(parseDouble(a[0], "tone frequency"), parseInt(a[1], "tone length"));
            }
            case "record" -> record(one(rest, "record <wav file> | record stop"));
            case "stats" -> stats();
            case "admin" -> {
                for (String line : get(client.admin(requireText(rest, "admin <words>")))) {
                    print("ADMINLINE " + line);
                }
            }
            case "pstn" -> {
                String[] a = split(rest, 2, 2, "pstn <from-number> <skypein-number>");
                print(get(client.pstnCall(a[0], a[1])));
            }
            case "wait" -> waitFor(rest);
            case "sleep" -> Thread.sleep(parseInt(one(rest, "sleep <ms>"), "sleep time"));
            default -> throw new IllegalArgumentException("unknown command '" + verb + "' (try help)");
        }
    }

    private void buddies() {
        for (String name : get(client.searchFriends())) {
            String online = get(client.getUser(name, "ONLINESTATUS"));
            String buddy = get(client.getUser(name, "BUDDYSTATUS"));
            print("BUDDY " + name + " " + online + " " + buddy);
        }
    }

    private void call(String rest) {
        String[] a = split(rest, 1, 2, "call <target> [topic]");
        CallOptions options = CallOptions.defaults().withMedia(client.options().defaultMedia());
        if (a.length > 1) {
            options = options.withTopic(a[1]);
        }
        CallLeg leg = get(client.call(a[0], options));
        leg.addListener(dtmfPrinter);
        current = leg;
        print("CALL " + leg.id() + " PLACED " + a[0]);
    }

    private CallLeg requireCall(CallStatus expected) {
        CallLeg leg = current;
        if (leg == null) {
            throw new IllegalStateException("no call");
        }
        if (expected != null && leg.status() != expected) {
            throw new IllegalStateException("call " + leg.id() + " is " + leg.status() + ", not " + expected);
        }
        if (expected == null && leg.status().isFinal()) {
            throw new IllegalStateException("call " + leg.id() + " is over (" + leg.status() + ")");
        }
        return leg;
    }

    private CallLeg requireTalking() {
        CallLeg leg = requireCall(null);
        if (!leg.status().isTalking()) {
            throw new IllegalStateException("call " + leg.id() + " is " + leg.status() + ", not answered");
        }
        return leg;
    }

    private void play(String file) throws IOException, InterruptedException {
        CallLeg leg = requireTalking();
        PayloadType codec = requireG711(leg);
        WavFile wav = WavFile.read(Path.of(file));
        if (wav.sampleRate() != PayloadType.CLOCK_RATE) {
            throw new IllegalArgumentException(file + ": " + wav.sampleRate() + " Hz, the phone plays 8000 Hz only");
        }
        sendPaced(leg, wav.toPayload(codec), codec);
        print("PLAYED " + leg.id() + " " + file + " " + wav.samples());
    }

    private void tone(double hertz, int millis) throws InterruptedException, IOException {
        CallLeg leg = requireTalking();
        PayloadType codec = requireG711(leg);
        if (millis <= 0 || millis > 3_600_000) {
            throw new IllegalArgumentException("tone length " + millis + " ms outside 1..3600000");
        }
        byte[] linear = new ToneGenerator(10362, hertz).next(millis * PayloadType.CLOCK_RATE / 1000); // -10 dBFS
        sendPaced(leg, G711.encode(codec, linear), codec);
    }

    private static PayloadType requireG711(CallLeg leg) {
        PayloadType codec = leg.codec();
        if (!G711.isG711(codec)) {
            throw new IllegalStateException("call " + leg.id() + " uses " + codec + ": the phone plays and records G.711 only");
        }
        return codec;
    }

    /** Sends the payload in 20 ms frames at real-time pace (the last frame padded with silence). */
    private static void sendPaced(CallLeg leg, byte[] payload, PayloadType codec) throws IOException, InterruptedException {
        int frame = codec.frameBytes();
        long start = System.nanoTime();
        for (int offset = 0, n = 0; offset < payload.length; offset += frame, n++) {
            byte[] chunk = new byte[frame];
            int len = Math.min(frame, payload.length - offset);
            System.arraycopy(payload, offset, chunk, 0, len);
            java.util.Arrays.fill(chunk, len, frame, G711.silence(codec));
            long due = start + n * PayloadType.FRAME_MILLIS * 1_000_000L;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            if (leg.status().isFinal()) {
                throw new IllegalStateException("call " + leg.id() + " ended while playing");
            }
            leg.sendAudio(chunk);
        }
    }

    private void record(String arg) throws IOException {
        if (arg.equals("stop")) {
            if (recording == null) {
                throw new IllegalStateException("not recording");
            }
            recording.finish();
            recording = null;
            return;
        }
        CallLeg leg = requireCall(null);
        if (recording != null) {
            recording.finish();
        }
        recording = new Recording(leg, Path.of(arg));
        leg.addListener(recording);
    }

    /** Collects the received payloads of one leg and writes them as a G.711 WAV file. */
    private final class Recording implements CallListener {
        private final CallLeg leg;
        private final Path file;
        private final java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
        private PayloadType type;
        private boolean done;

        Recording(CallLeg leg, Path file) {
            this.leg = leg;
            this.file = file;
        }

        @Override
        public synchronized void onAudio(CallLeg l, PayloadType t, RtpPacket packet) {
            if (!done && G711.isG711(t)) {
                type = t;
                data.writeBytes(packet.payload());
            }
        }

        @Override
        public void onStatus(CallLeg l, CallStatus status) {
            if (status.isFinal()) {
                try {
                    finish();
                } catch (IOException e) {
                    print("ERROR 0 recording " + file + " failed: " + e.getMessage());
                }
            }
        }

        synchronized void finish() throws IOException {
            if (done) {
                return;
            }
            done = true;
            leg.removeListener(this);
            PayloadType law = type != null ? type : (G711.isG711(leg.codec()) ? leg.codec() : PayloadType.PCMU);
            byte[] bytes = data.toByteArray();
            new WavFile(law == PayloadType.PCMA ? WavFile.Encoding.ALAW : WavFile.Encoding.ULAW, PayloadType.CLOCK_RATE, bytes)
                    .write(file);
            event("RECORDED " + leg.id() + " " + file + " " + bytes.length);
        }
    }

    private void stats() {
        CallLeg leg = current;
        if (leg == null) {
            throw new IllegalStateException("no call");
        }
        List<SourceStatistics.Snapshot> all = leg.statistics();
        long sent = leg.rtp() == null ? 0 : leg.rtp().packetsSent();
        if (all.isEmpty()) {
            print("STATS " + leg.id() + " sent=" + sent + " received=0 lost=0 jitter_ms=0.000");
        }
        for (SourceStatistics.Snapshot s : all) {
            print(String.format(java.util.Locale.ROOT, "STATS %s sent=%d received=%d lost=%d jitter_ms=%.3f ssrc=%08x",
                    leg.id(), sent, s.received(), s.lost(), s.jitterMillis(), s.ssrc()));
        }
    }

    /** {@code wait <regex> [seconds]}: consumes events up to the first that matches (searching, not whole-line). */
    private void waitFor(String rest) throws InterruptedException {
        String regex = requireText(rest, "wait <event regex> [seconds]");
        int seconds = DEFAULT_WAIT_SECONDS;
        Matcher m = Pattern.compile("^(.*\\S)\\s+(\\d+)$").matcher(regex);
        if (m.matches()) {
            regex = m.group(1);
            seconds = Integer.parseInt(m.group(2));
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("bad regex '" + regex + "': " + e.getDescription());
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        synchronized (events) {
            while (true) {
                Iterator<String> it = events.iterator();
                while (it.hasNext()) {
                    String e = it.next();
                    it.remove();
                    if (pattern.matcher(e).find()) {
                        print("MATCHED " + e);
                        return;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("no event matching '" + regex + "' within " + seconds + " s");
                }
                TimeUnit.NANOSECONDS.timedWait(events, left);
            }
        }
    }

    /** Waits for a future, turning its failure into the exception the command loop prints. */
    private <T> T get(CompletableFuture<T> future) {
        try {
            return future.get(client.options().commandTimeout().toMillis() + 5000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CommunityException ce) {
                throw ce;
            }
            if (cause instanceof TimeoutException) {
                throw new IllegalStateException("no reply from the community in time");
            }
            throw new IllegalStateException(cause == null ? e.toString() : cause.getMessage());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no reply from the community in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    private static String one(String rest, String usage) {
        String[] a = split(rest, 1, 1, usage);
        return a[0];
    }

    private static String requireText(String rest, String usage) {
        if (rest.isBlank()) {
            throw new IllegalArgumentException("usage: " + usage);
        }
        return rest;
    }

    /** Splits into {@code min..max} parts; the last part keeps its spaces (a value). */
    private static String[] split(String rest, int min, int max, String usage) {
        if (rest.isBlank()) {
            if (min == 0) {
                return new String[0];
            }
            throw new IllegalArgumentException("usage: " + usage);
        }
        String[] parts = rest.strip().split("\\s+", max);
        if (parts.length < min || (max == min && parts.length > max)) {
            throw new IllegalArgumentException("usage: " + usage);
        }
        if (max == 1 && rest.strip().contains(" ")) {
            throw new IllegalArgumentException("usage: " + usage);
        }
        return parts;
    }

    private static int parseInt(String s, String what) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, got '" + s + "'");
        }
    }

    private static double parseDouble(String s, String what) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number, got '" + s + "'");
        }
    }

    @Override
    public void close() {
        if (recording != null) {
            try {
                recording.finish();
            } catch (IOException e) {
                print("ERROR 0 recording failed: " + e.getMessage());
            }
        }
        client.removeListener(listener);
        List<CallLeg> open = new ArrayList<>(client.calls());
        for (CallLeg leg : open) {
            leg.hangup(); // best effort: closing the connection hangs up too
        }
    }
}
