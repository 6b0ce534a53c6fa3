package org.strowger.benchmarks.community;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The server a harness measures: a {@link BenchServer} child JVM on a temporary store (heap and CPU readable), or a
 * running server given with {@code --server host:port} (seeded with {@link CommunitySeed}'s names; no heap or CPU).
 */
final class ServerProcess implements AutoCloseable {

    final InetSocketAddress address;
    private final Process process;
    private final BufferedReader out;
    private final Writer in;
    private final Path dir;
    final List<String> startLines = new ArrayList<>();

    private ServerProcess(InetSocketAddress address, Process process, BufferedReader out, Writer in, Path dir) {
        this.address = address;
        this.process = process;
        this.out = out;
        this.in = in;
        this.dir = dir;
    }

    static ServerProcess remote(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("--server must be host:port, not '" + hostPort + "'");
        }
        return new ServerProcess(new InetSocketAddress(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1))),
                null, null, null, null);
    }

    /** Starts a child server with {@code heap} (e.g. "1g") seeded with {@code accounts} and {@code buddies}. */
    static ServerProcess start(int accounts, int buddies, String heap, String rtpPorts) throws IOException {
        Path dir = Files.createTempDirectory("community-bench");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms" + heap, "-Xmx" + heap, "-XX:+UseParallelGC",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                BenchServer.class.getName(), "--store", dir.resolve("community.db").toString(),
                "--accounts", Integer.toString(accounts), "--buddies", Integer.toString(buddies), "--rtp-ports", rtpPorts));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        Writer in = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = out.readLine()) != null) {
            lines.add(line);
            if (line.startsWith("READY ")) {
                ServerProcess s = new ServerProcess(new InetSocketAddress("127.0.0.1", Integer.parseInt(line.substring(6))), p, out, in, dir);
                s.startLines.addAll(lines);
                return s;
            }
        }
        p.destroyForcibly();
        throw new IOException("the bench server ended before it was ready: " + lines);
    }

    boolean measurable() {
        return process != null;
    }

    /** The child's GC'd heap in use, bytes; -1 for a remote server. */
    long heap() throws IOException {
        String r = command("heap", "HEAP ");
        return r == null ? -1 : Long.parseLong(r);
    }

    /** The child's CPU nanoseconds: "process" and per thread group; empty for a remote server. */
    Map<String, Long> cpu() throws IOException {
        Map<String, Long> m = new HashMap<>();
        String r = command("cpu", "CPU ");
        if (r != null) {
            for (String kv : r.split(" ")) {
                int eq = kv.indexOf('=');
                m.put(kv.substring(0, eq), Long.parseLong(kv.substring(eq + 1)));
            }
        }
        return m;
    }

    /** The child's store file size now, bytes; -1 for a remote server. */
    long storeBytes() throws IOException {
        String r = command("store", "STORE bytes=");
        return r == null ? -1 : Long.parseLong(r);
    }

    /** Starts sampling the child's stacks. */
    void startSampling() throws IOException {
        if (process != null) {
            in.write("sample\n");
            in.flush();
        }
    }

    /** What the sampling saw since {@link #startSampling}; empty for a remote server. */
    String sampled() throws IOException {
        String r = command("sampled", "SAMPLED ");
        return r == null ? "" : r;
    }

    /** A value of a start line such as {@code STORE bytes=...}. */
    String startValue(String prefix) {
        return startLines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElse("");
    }

    private String command(String command, String answer) throws IOException {
        if (process == null) {
            return null;
        }
        in.write(command + "\n");
        in.flush();
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(answer)) {
                return line.substring(answer.length());
            }
        }
        throw new IOException("the bench server ended");
    }

    static Map<String, Long> minus(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> d = new HashMap<>();
        after.forEach((k, v) -> d.put(k, v - before.getOrDefault(k, 0L)));
        return d;
    }

    @Override
    public void close() throws IOException {
        if (process == null) {
            return;
        }
        try {
            in.write("quit\n");
            in.flush();
            process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            // it is going away in any case
        } finally {
            process.destroyForcibly();
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
