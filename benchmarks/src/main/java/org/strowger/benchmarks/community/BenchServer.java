package org.strowger.benchmarks.community;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.strowger.community.directory.CommunityConfig;
import org.strowger.community.directory.Directories;
import org.strowger.community.directory.Directory;
import org.strowger.community.server.internal.CommunityServer;
import org.strowger.community.server.internal.ServerSettings;

/**
 * The community server of the issue 7 harnesses, in its own JVM so that its heap and CPU can be told from the
 * load generator's: {@code BenchServer --store FILE [--accounts N --buddies B] [--port P] [--rtp-ports A-B]}.
 * Seeds the store (when it lacks {@code u00000}) with {@link CommunitySeed}, starts the real server
 * ({@link CommunityServer}), prints {@code READY <port>}, then answers on stdin:
 * {@code heap} (GC'd heap in use: {@code HEAP <bytes>}), {@code cpu} ({@code CPU process=<ns> <thread group>=<ns> ...}), {@code store} (file size), {@code sample} and
 * {@code sampled} (share of busy stack samples in PBKDF2 in between),
 * {@code quit}.
 */
public final class BenchServer {

    private BenchServer() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = CommunityOptions.parse(args, "store", "accounts", "buddies", "port", "rtp-ports");
        Path store = o.containsKey("store") ? Path.of(o.get("store"))
                : Files.createTempDirectory("community-bench").resolve("community.db");
        int accounts = Integer.parseInt(o.getOrDefault("accounts", "0"));
        int buddies = Integer.parseInt(o.getOrDefault("buddies", "0"));
        String[] rtp = o.getOrDefault("rtp-ports", "30000-31999").split("-");
        Directory directory = Directories.open(store);
        if (accounts > 0 && !directory.exists(CommunitySeed.name(0))) {
            long t0 = System.nanoTime();
            CommunitySeed.seed(directory, accounts, buddies);
            System.out.printf("SEEDED accounts=%d buddies=%d ms=%d%n", accounts, buddies, (System.nanoTime() - t0) / 1_000_000);
        }
        ServerSettings settings = ServerSettings.of(CommunityConfig.defaults(), "bench")
                .withPort(Integer.parseInt(o.getOrDefault("port", "0")))
                .withRtpPorts(Integer.parseInt(rtp[0]), Integer.parseInt(rtp[1]));
        CommunityServer server = CommunityServer.start(settings, directory);
        System.out.println("STORE bytes=" + Files.size(store));
        System.out.println("READY " + server.address().getPort());
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        StackSampler sampler = null;
        while ((line = in.readLine()) != null) {
            switch (line.strip()) {
                case "heap" -> System.out.println("HEAP " + gcHeap());
                case "cpu" -> System.out.println("CPU " + cpu());
                case "store" -> System.out.println("STORE bytes=" + Files.size(store));
                case "sample" -> sampler = new StackSampler();
                case "sampled" -> {
                    System.out.println("SAMPLED " + (sampler == null ? "nothing" : sampler.summary()));
                    if (sampler != null) {
                        sampler.close();
                    }
                }
                case "quit" -> {
                    server.close();
                    directory.close();
                    System.out.println("BYE");
                    System.out.flush();
                    System.exit(0);
                }
                default -> System.out.println("ERROR unknown command " + line);
            }
            System.out.flush();
        }
        server.close();
        directory.close();
    }

    /** Heap in use after full collections, until it stops shrinking. */
    static long gcHeap() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            long used = memory.getHeapMemoryUsage().getUsed();
            if (used >= last - 64 * 1024) {
                return Math.min(used, last);
            }
            last = used;
        }
        return last;
    }

    /** Process CPU (all threads, GC and JIT included) and CPU per thread group (name without its numbers). */
    static String cpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> groups = new TreeMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long ns = threads.getThreadCpuTime(info.getThreadId());
            if (ns > 0) {
                groups.merge(group(info.getThreadName()), ns, Long::sum);
            }
        }
        StringBuilder sb = new StringBuilder("process=" + processCpuNanos());
        groups.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        return sb.toString();
    }

    static String group(String threadName) {
        return threadName.replaceAll("[-_ ]?[0-9]+", "").replace(' ', '_');
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
