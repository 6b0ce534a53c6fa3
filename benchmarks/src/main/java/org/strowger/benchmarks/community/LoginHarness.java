package org.strowger.benchmarks.community;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.strowger.community.client.ClientOptions;
import org.strowger.community.client.CommunityClient;
import org.strowger.community.protocol.LoginMode;

/**
 * Issue 7: logins per second.
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.strowger.benchmarks.community.LoginHarness \
 *     [--client library|lean|lean-cached] [--concurrency 8] [--seconds 20] [--accounts 1000] [--server host:port]
 * </pre>
 * {@code --concurrency} clients log in over and over (connect, LOGIN, AUTH, close) to distinct accounts of a
 * {@link BenchServer} child for {@code --seconds}. {@code library}: the real {@link CommunityClient}, one per
 * login, on {@code --concurrency} threads. {@code lean}: {@link LeanClients} (one selector thread) computing PBKDF2
 * for every login like a real client; {@code lean-cached}: PBKDF2 once, so the server is what is measured.
 * Reports logins/s, latency, CPU of the client (this JVM) and of the server per login, and the share of busy
 * stack samples inside PBKDF2 on either side.
 */
public final class LoginHarness {

    private LoginHarness() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = CommunityOptions.parse(args, "client", "concurrency", "seconds", "accounts", "server");
        String mode = o.getOrDefault("client", "library");
        int concurrency = CommunityOptions.integer(o, "concurrency", 8);
        int seconds = CommunityOptions.integer(o, "seconds", 20);
        int accounts = CommunityOptions.integer(o, "accounts", 1000);
        if (!List.of("library", "lean", "lean-cached").contains(mode)) {
            throw new IllegalArgumentException("--client must be library, lean or lean-cached");
        }
        try (ServerProcess server = o.containsKey("server") ? ServerProcess.remote(o.get("server"))
                : ServerProcess.start(accounts, 0, "512m", "30000-30099")) {
            // warm-up: JIT both sides before measuring
            run(server, mode, concurrency, 3, accounts, new Stats(1000));
            Stats latency = new Stats(100_000);
            Map<String, Long> serverCpu0 = server.cpu();
            long clientCpu0 = BenchServer.processCpuNanos();
            server.startSampling();
            long t0 = System.nanoTime();
            int logins;
            try (StackSampler clientSampler = new StackSampler()) {
                logins = run(server, mode, concurrency, seconds, accounts, latency);
                double elapsed = (System.nanoTime() - t0) / 1e9;
                long clientCpu = BenchServer.processCpuNanos() - clientCpu0;
                Map<String, Long> serverCpu = ServerProcess.minus(server.cpu(), serverCpu0);
                String serverSamples = server.sampled();
                System.out.printf(Locale.ROOT, "logins (%s client, %d concurrent): %d in %.1f s = %.0f logins/s; latency %s%n",
                        mode, concurrency, logins, elapsed, logins / elapsed, latency.summary());
                System.out.printf(Locale.ROOT, "client JVM: %.1f s CPU = %.0f us per login; stack samples: %s%n",
                        clientCpu / 1e9, clientCpu / 1e3 / logins, clientSampler.summary());
                PresenceFanoutHarness.printCpu("server", serverCpu, elapsed, logins, "login");
                if (!serverSamples.isEmpty()) {
                    System.out.println("server stack samples: " + serverSamples);
                }
            }
        }
    }

    /** Logs in over and over for {@code seconds}; returns the number of logins. */
    static int run(ServerProcess server, String mode, int concurrency, int seconds, int accounts, Stats latency)
            throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicLong failures = new AtomicLong();
        if (mode.equals("library")) {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < concurrency; t++) {
                Thread thread = new Thread(() -> {
                    while (System.nanoTime() < end) {
                        int i = next.getAndIncrement() % accounts;
                        long s = System.nanoTime();
                        try (CommunityClient c = CommunityClient.connect(server.address, ClientOptions.defaults())) {
                            c.login(CommunitySeed.name(i), CommunitySeed.PASSWORD, LoginMode.DESKTOP).join();
                            latency.add(System.nanoTime() - s);
                            done.incrementAndGet();
                        } catch (Exception e) {
                            if (failures.incrementAndGet() <= 3) {
                                System.err.println("login failed: " + e);
                            }
                        }
                    }
                }, "login-" + t);
                thread.start();
                threads.add(thread);
            }
            for (Thread t : threads) {
                t.join();
            }
        } else {
            Semaphore window = new Semaphore(concurrency);
            try (LeanClients clients = new LeanClients(server.address, mode.equals("lean-cached"), (c, l, n) -> { })) {
                List<CompletableFuture<?>> all = new ArrayList<>();
                while (System.nanoTime() < end) {
                    window.acquire();
                    int i = next.getAndIncrement() % accounts;
                    all.add(clients.connect(i, CommunitySeed.name(i), CommunitySeed.PASSWORD).whenComplete((c, e) -> {
                        window.release();
                        if (c != null) {
                            latency.add(c.loggedInNanos - c.startNanos);
                            done.incrementAndGet();
                            c.abort();
                        } else if (failures.incrementAndGet() <= 3) {
                            System.err.println("login failed: " + e);
                        }
                    }));
                }
                CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).exceptionally(e -> null).get(60, TimeUnit.SECONDS);
                long calls = clients.pbkdf2Calls.get();
                if (calls > 0 && seconds > 5) {
                    System.out.printf(Locale.ROOT, "client PBKDF2 (4096 iterations): %d calls, %.2f ms each (wall time on the selector thread)%n",
                            calls, clients.pbkdf2Nanos.get() / 1e6 / calls);
                }
            }
        }
        if (failures.get() > 0) {
            System.out.println("login failures: " + failures.get());
        }
        return done.get();
    }
}
