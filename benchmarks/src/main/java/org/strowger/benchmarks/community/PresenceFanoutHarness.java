package org.strowger.benchmarks.community;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Issue 7: presence fan-out and memory per logged-in account.
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.strowger.benchmarks.community.PresenceFanoutHarness \
 *     [--accounts 10000] [--buddies 100] [--rate 200] [--seconds 30] [--in-flight 200] [--server-heap 2g] [--server host:port]
 * </pre>
 * Starts a {@link BenchServer} child (or uses {@code --server}, seeded the same way), logs every account in over
 * {@link LeanClients} (one selector thread; {@code --in-flight} logins at a time), measuring logins/s with the
 * buddies' presence fan-out each login causes, and the server's GC'd heap before and after (memory per
 * logged-in account). Then {@code --rate} availability changes per second for {@code --seconds}: each from a
 * different account in turn ({@code SET USERSTATUS AWAY}, then back to ONLINE on its next turn), every one
 * notified to its {@code buddies} watchers. Reports delivered notifications/s and the latency from sending the
 * SET to each watcher's receipt of {@code USER <name> ONLINESTATUS}.
 */
public final class PresenceFanoutHarness {

    private PresenceFanoutHarness() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = CommunityOptions.parse(args, "accounts", "buddies", "rate", "seconds", "in-flight",
                "server-heap", "server");
        int accounts = CommunityOptions.integer(o, "accounts", 10_000);
        int buddies = CommunityOptions.integer(o, "buddies", 100);
        int rate = CommunityOptions.integer(o, "rate", 200);
        int seconds = CommunityOptions.integer(o, "seconds", 30);
        int inFlight = CommunityOptions.integer(o, "in-flight", 200);
        long t0 = System.nanoTime();
        try (ServerProcess server = o.containsKey("server") ? ServerProcess.remote(o.get("server"))
                : ServerProcess.start(accounts, buddies, o.getOrDefault("server-heap", "2g"), "30000-30099")) {
            System.out.printf(Locale.ROOT, "server %s ready after %.1f s; %s; %s%n", server.address,
                    (System.nanoTime() - t0) / 1e9, server.startValue("SEEDED"), server.startValue("STORE"));
            long storeBytes = server.startValue("STORE").isEmpty() ? -1
                    : Long.parseLong(server.startValue("STORE").substring("STORE bytes=".length()));
            if (storeBytes > 0) {
                System.out.printf(Locale.ROOT, "directory: %d bytes on disk = %.0f bytes per account (%d buddies each)%n",
                        storeBytes, (double) storeBytes / accounts, buddies);
            }
            long heap0 = server.heap();

            long[] sentAt = new long[accounts];
            Stats latency = new Stats(rate * seconds * buddies);
            AtomicLong delivered = new AtomicLong();
            AtomicLong otherLines = new AtomicLong();
            AtomicLong loginNotifications = new AtomicLong();
            boolean[] measuring = {false};
            LeanClients.Listener listener = (conn, line, nanos) -> {
                if (line.startsWith("USER ") && line.contains(" ONLINESTATUS ")) {
                    if (!measuring[0]) {
                        loginNotifications.incrementAndGet();
                        return;
                    }
                    // USER u01234 ONLINESTATUS AWAY
                    int subject = Integer.parseInt(line.substring(6, line.indexOf(' ', 5)));
                    latency.add(nanos - sentAt[subject]);
                    delivered.incrementAndGet();
                } else {
                    otherLines.incrementAndGet();
                }
            };
            try (LeanClients clients = new LeanClients(server.address, true, listener)) {
                // ---- log everybody in
                Semaphore window = new Semaphore(inFlight);
                List<LeanClients.Conn> conns = new ArrayList<>(accounts);
                List<CompletableFuture<LeanClients.Conn>> logins = new ArrayList<>(accounts);
                Map<String, Long> cpu0 = server.cpu();
                long l0 = System.nanoTime();
                Stats loginLatency = new Stats(accounts);
                for (int i = 0; i < accounts; i++) {
                    window.acquire();
                    logins.add(clients.connect(i, CommunitySeed.name(i), CommunitySeed.PASSWORD).whenComplete((c, e) -> {
                        window.release();
                        if (c != null) {
                            loginLatency.add(c.loggedInNanos - c.startNanos);
                        }
                    }));
                }
                for (CompletableFuture<LeanClients.Conn> f : logins) {
                    conns.add(f.get(120, TimeUnit.SECONDS));
                }
                double loginSeconds = (System.nanoTime() - l0) / 1e9;
                Map<String, Long> loginCpu = ServerProcess.minus(server.cpu(), cpu0);
                System.out.printf(Locale.ROOT,
                        "logins: %d accounts (%d buddies each, all online ones notified) in %.1f s = %.0f logins/s, %d in flight;"
                                + " login latency %s; %d ONLINE notifications during logins%n",
                        accounts, buddies, loginSeconds, accounts / loginSeconds, inFlight, loginLatency.summary(),
                        loginNotifications.get());
                printCpu("server CPU during logins", loginCpu, loginSeconds, accounts, "login");

                Thread.sleep(2000); // the last logins' notifications drain
                long heap1 = server.heap();
                if (heap0 > 0) {
                    System.out.printf(Locale.ROOT, "memory: server heap (GC'd) %.1f MiB before, %.1f MiB with %d logged-in sessions"
                            + " = %.0f bytes per logged-in account%n", heap0 / 1048576.0, heap1 / 1048576.0, accounts,
                            (double) (heap1 - heap0) / accounts);
                }

                // ---- availability changes at the given rate
                boolean[] away = new boolean[accounts];
                long interval = 1_000_000_000L / rate;
                int changes = rate * seconds;
                measuring[0] = true;
                Map<String, Long> cpu1 = server.cpu();
                long start = System.nanoTime();
                for (int k = 0; k < changes; k++) {
                    long due = start + k * interval;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    // accounts take turns, spread over the ring: a change is done long before its account's next one
                    int i = (int) ((long) k * 7919 % accounts);
                    away[i] = !away[i];
                    sentAt[i] = System.nanoTime();
                    conns.get(i).send("#s SET USERSTATUS " + (away[i] ? "AWAY" : "ONLINE"));
                }
                double sendSeconds = (System.nanoTime() - start) / 1e9;
                long expected = (long) changes * buddies;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (delivered.get() < expected && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                double allSeconds = (System.nanoTime() - start) / 1e9;
                Map<String, Long> presenceCpu = ServerProcess.minus(server.cpu(), cpu1);
                System.out.printf(Locale.ROOT,
                        "presence: %d changes sent in %.1f s (%.0f/s asked, %.0f/s sent); %d of %d notifications delivered"
                                + " in %.1f s = %.0f notifications/s%n",
                        changes, sendSeconds, (double) rate, changes / sendSeconds, delivered.get(), expected, allSeconds,
                        delivered.get() / allSeconds);
                System.out.println("presence latency SET USERSTATUS -> watcher's USER ONLINESTATUS: " + latency.summary());
                printCpu("server CPU during presence", presenceCpu, allSeconds, delivered.get(), "notification");
                long storeAfter = server.storeBytes();
                if (storeAfter > 0) {
                    System.out.printf(Locale.ROOT, "store file: %.1f MiB after the presence changes (%.1f MiB before):"
                            + " each SET USERSTATUS is one MVStore commit%n", storeAfter / 1048576.0, storeBytes / 1048576.0);
                }
                for (LeanClients.Conn c : conns) {
                    c.abort();
                }
            }
        }
    }

    static void printCpu(String what, Map<String, Long> cpu, double seconds, long units, String unit) {
        if (cpu.isEmpty()) {
            return;
        }
        long process = cpu.getOrDefault("process", 0L);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s: %.1f s CPU over %.1f s (%.2f cores), %.1f us per %s;",
                what, process / 1e9, seconds, process / 1e9 / seconds, process / 1e3 / Math.max(1, units), unit));
        cpu.entrySet().stream().filter(e -> !e.getKey().equals("process") && e.getValue() > 50_000_000L)
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEach(e -> sb.append(String.format(Locale.ROOT, " %s %.1f s", e.getKey(), e.getValue() / 1e9)));
        System.out.println(sb);
    }
}
