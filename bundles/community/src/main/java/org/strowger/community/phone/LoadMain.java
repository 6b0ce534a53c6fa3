package org.strowger.community.phone;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.strowger.community.client.CallLeg;
import org.strowger.community.client.CallOptions;
import org.strowger.community.client.ClientOptions;
import org.strowger.community.client.CommunityClient;
import org.strowger.community.client.MediaMode;
import org.strowger.community.media.G711;
import org.strowger.community.media.PayloadType;
import org.strowger.community.media.SourceStatistics;
import org.strowger.community.media.ToneGenerator;
import org.strowger.community.protocol.LoginMode;
import org.strowger.community.protocol.Protocol;

/**
 * The load tool: {@code load --server host:port (--users u1:p1,u2:p2,... | --accounts-file F) --calls N
 * --duration S [--target echo123] [--udp|--tcp] [--pbx]}. Logs the accounts in, places N concurrent calls spread
 * over them (at most 64 per account, the protocol's limit), sends 20 ms PCMU frames on every call for S seconds,
 * hangs up and prints one {@code RESULT} line: setup latency (CALL sent to INPROGRESS) percentiles, packets
 * sent/received, loss and jitter as the receiving side measured them (RFC 3550 A.3/A.8).
 */
public final class LoadMain {

    static final String USAGE = "usage: load --server host:port (--users u1:p1,u2:p2,... | --accounts-file FILE)"
            + " --calls N --duration SECONDS [--target echo123] [--udp|--tcp] [--pbx]";

    private LoadMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    private record Account(String user, String password) {
    }

    /** One placed call and when it was placed. */
    private record Placed(CallLeg leg, long startNanos, long answeredNanos) {
    }

    /** Returns 0 when every call was set up and kept, 1 when some failed, 2 for bad arguments or failed logins. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Args a;
        List<Account> accounts;
        int calls;
        int duration;
        try {
            a = new Args(args, Set.of("server", "users", "accounts-file", "calls", "duration", "target"),
                    Set.of("udp", "tcp", "pbx"));
            if (a.flag("udp") && a.flag("tcp")) {
                throw new IllegalArgumentException("--udp and --tcp exclude each other");
            }
            accounts = accounts(a);
            calls = a.intValue("calls", 1, 1, 100_000);
            duration = a.intValue("duration", 10, 1, 86_400);
            if (calls > accounts.size() * Protocol.MAX_CALLS_PER_ACCOUNT) {
                throw new IllegalArgumentException(calls + " calls need at least "
                        + ((calls + Protocol.MAX_CALLS_PER_ACCOUNT - 1) / Protocol.MAX_CALLS_PER_ACCOUNT)
                        + " accounts (" + Protocol.MAX_CALLS_PER_ACCOUNT + " calls each at most)");
            }
        } catch (IllegalArgumentException | IOException e) {
            err.println("load: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        String target = a.get("target") == null ? Protocol.ECHO_ACCOUNT : a.get("target");
        MediaMode media = a.flag("tcp") ? MediaMode.TCP : MediaMode.UDP;
        List<CommunityClient> clients = new ArrayList<>();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "load-media");
            t.setDaemon(true);
            return t;
        });
        try {
            for (Account account : accounts) {
                CommunityClient c = CommunityClient.connect(CommunityClient.parseServer(a.require("server")),
                        ClientOptions.defaults().withDefaultMedia(media));
                clients.add(c);
                c.login(account.user(), account.password(), a.flag("pbx") ? LoginMode.PBX : LoginMode.DESKTOP).join();
            }
        } catch (IOException | IllegalArgumentException | CompletionException e) {
            err.println("load: cannot log in: " + (e instanceof CompletionException ? e.getCause().getMessage() : e.getMessage()));
            clients.forEach(CommunityClient::close);
            return 2;
        }
        out.println("LOAD accounts=" + accounts.size() + " calls=" + calls + " duration=" + duration + "s target=" + target
                + " media=" + media);

        CallOptions options = CallOptions.defaults().withCodecs(List.of(PayloadType.PCMU)).withMedia(media);
        List<CompletableFuture<Placed>> placing = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            CommunityClient c = clients.get(i % clients.size());
            long start = System.nanoTime();
            placing.add(c.call(target, options).thenCompose(CallLeg::answered)
                    .thenApply(leg -> new Placed(leg, start, System.nanoTime())));
        }
        List<Placed> up = new ArrayList<>();
        int failed = 0;
        for (CompletableFuture<Placed> f : placing) {
            try {
                up.add(f.join());
            } catch (CompletionException e) {
                failed++;
                if (failed <= 5) {
                    err.println("load: call failed: " + e.getCause().getMessage());
                }
            }
        }

        // one thread sends a frame on every call each 20 ms: a 1 kHz tone, the same for all
        byte[] frame = G711.encode(PayloadType.PCMU, new ToneGenerator(8000, 1000).next(PayloadType.SAMPLES_PER_FRAME));
        ScheduledFuture<?> sending = ticker.scheduleAtFixedRate(() -> {
            for (Placed p : up) {
                try {
                    p.leg().sendAudio(frame);
                } catch (IOException e) {
                    // a socket error on one call must not stop the others; its loss shows in the result
                }
            }
        }, 0, PayloadType.FRAME_MILLIS, TimeUnit.MILLISECONDS);
        try {
            Thread.sleep(TimeUnit.SECONDS.toMillis(duration));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sending.cancel(false);
        ticker.shutdown();
        try {
            // let the last echoes arrive before the counts are taken
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }

        long sent = 0;
        long received = 0;
        long lost = 0;
        long expected = 0;
        double jitterSum = 0;
        double jitterMax = 0;
        int dropped = 0;
        long[] setup = new long[up.size()];
        for (int i = 0; i < up.size(); i++) {
            Placed p = up.get(i);
            setup[i] = p.answeredNanos() - p.startNanos();
            if (p.leg().status().isFinal()) {
                dropped++;
            }
            sent += p.leg().rtp().packetsSent();
            for (SourceStatistics.Snapshot s : p.leg().statistics()) {
                received += s.received();
                lost += Math.max(0, s.lost());
                expected += s.expected();
                jitterSum += s.jitterMillis();
                jitterMax = Math.max(jitterMax, s.jitterMillis());
            }
        }
        List<CompletableFuture<?>> hangups = new ArrayList<>();
        for (Placed p : up) {
            if (!p.leg().status().isFinal()) {
                hangups.add(p.leg().hangup().exceptionally(e -> null));
            }
        }
        CompletableFuture.allOf(hangups.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        clients.forEach(CommunityClient::close);

        Arrays.sort(setup);
        out.println(String.format(Locale.ROOT,
                "RESULT calls=%d established=%d failed=%d dropped=%d setup_ms_p50=%.1f setup_ms_p95=%.1f setup_ms_p99=%.1f"
                        + " packets_sent=%d packets_received=%d packets_lost=%d loss_pct=%.3f jitter_ms_avg=%.3f jitter_ms_max=%.3f",
                calls, up.size(), failed, dropped, percentile(setup, 50), percentile(setup, 95), percentile(setup, 99), sent,
                received, lost, expected == 0 ? 0 : 100.0 * lost / expected, up.isEmpty() ? 0 : jitterSum / up.size(),
                jitterMax));
        return failed == 0 && dropped == 0 ? 0 : 1;
    }

    /** Nearest-rank percentile in milliseconds of sorted nanosecond values; 0 for none. */
    static double percentile(long[] sortedNanos, int p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1_000_000.0;
    }

    private static List<Account> accounts(Args a) throws IOException {
        String users = a.get("users");
        String file = a.get("accounts-file");
        if ((users == null) == (file == null)) {
            throw new IllegalArgumentException("give either --users or --accounts-file");
        }
        List<String> entries = new ArrayList<>();
        if (users != null) {
            Collections.addAll(entries, users.split(","));
        } else {
            for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    entries.add(t);
                }
            }
        }
        List<Account> result = new ArrayList<>();
        for (String entry : entries) {
            int colon = entry.indexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                throw new IllegalArgumentException("account '" + entry + "' is not user:password");
            }
            result.add(new Account(entry.substring(0, colon).strip(), entry.substring(colon + 1)));
        }
        if (result.isEmpty()) {
            throw new IllegalArgumentException("no accounts given");
        }
        return result;
    }
}
