package org.strowger.benchmarks.community;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.strowger.community.phone.LoadMain;

/**
 * Issue 7: concurrent G.711 calls with media through one community.
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.strowger.benchmarks.community.CallHarness \
 *     [--calls 500] [--seconds 30] [--accounts 16] [--media udp|tcp|both] [--server host:port]
 * </pre>
 * Runs the project's load tool ({@link LoadMain}, in this JVM) against a {@link BenchServer} child: {@code --calls}
 * PCMU calls to echo123 (the server answers and echoes every packet), spread over {@code --accounts} logged-in
 * accounts, 20 ms frames for {@code --seconds}; once with RTP over UDP straight to the server's echo endpoint, once
 * with RTP lines over the TCP connection (relayed by the server). Prints the load tool's RESULT line (setup
 * latency, packets sent/received/lost, jitter) and the server's CPU.
 */
public final class CallHarness {

    private CallHarness() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = CommunityOptions.parse(args, "calls", "seconds", "accounts", "media", "server");
        int calls = CommunityOptions.integer(o, "calls", 500);
        int seconds = CommunityOptions.integer(o, "seconds", 30);
        int accounts = CommunityOptions.integer(o, "accounts", 16);
        String media = o.getOrDefault("media", "both");
        List<String> modes = media.equals("both") ? List.of("udp", "tcp") : List.of(media);
        int rc = 0;
        try (ServerProcess server = o.containsKey("server") ? ServerProcess.remote(o.get("server"))
                : ServerProcess.start(accounts, 0, "1g", "30000-31999")) {
            StringBuilder users = new StringBuilder();
            for (int i = 0; i < accounts; i++) {
                users.append(i == 0 ? "" : ",").append(CommunitySeed.name(i)).append(':').append(CommunitySeed.PASSWORD);
            }
            for (String mode : modes) {
                List<String> load = new ArrayList<>(List.of("--server", server.address.getHostString() + ":" + server.address.getPort(),
                        "--users", users.toString(), "--calls", Integer.toString(calls), "--duration", Integer.toString(seconds),
                        "--" + mode));
                Map<String, Long> cpu0 = server.cpu();
                long client0 = BenchServer.processCpuNanos();
                long t0 = System.nanoTime();
                ByteArrayOutputStream captured = new ByteArrayOutputStream();
                PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
                int code = LoadMain.run(load.toArray(String[]::new), InputStream.nullInputStream(), out, System.err);
                double elapsed = (System.nanoTime() - t0) / 1e9;
                Map<String, Long> cpu = ServerProcess.minus(server.cpu(), cpu0);
                long clientCpu = BenchServer.processCpuNanos() - client0;
                System.out.print(captured.toString(StandardCharsets.UTF_8));
                System.out.printf(Locale.ROOT, "media %s: load tool exit %d; load tool JVM %.1f s CPU over %.1f s (%.2f cores)%n",
                        mode, code, clientCpu / 1e9, elapsed, clientCpu / 1e9 / elapsed);
                PresenceFanoutHarness.printCpu("server during " + mode + " calls", cpu, elapsed,
                        (long) calls * seconds * 100, "packet relayed/echoed (in+out)");
                rc = Math.max(rc, code);
            }
        }
        System.exit(rc);
    }
}
