package org.strowger.benchmarks.manager;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.strowger.api.event.EventCategory;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.system.SystemInfo;
import org.strowger.core.internal.config.ConfigFilesImpl;
import org.strowger.core.internal.event.EventBusImpl;
import org.strowger.manager.internal.ActionTable;
import org.strowger.manager.internal.ManagerServer;
import org.strowger.manager.internal.action.PingAction;

/**
 * AMI load on loopback: events per second fanned out to N raw-socket readers (each checks that
 * the {@code Seq} field only grows), Ping round trips per second, and heap per idle session.
 * The publisher keeps at most {@code window} events ahead of the slowest reader, so the rate is
 * sustained delivery without loss. Usage: {@code java -cp benchmarks.jar
 * org.strowger.benchmarks.manager.ManagerLoadHarness [events] [pings] [idleSessions]}.
 */
public final class ManagerLoadHarness {

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int pings = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int idle = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Path etc = Files.createTempDirectory("ami-bench");
        Files.writeString(etc.resolve("manager.conf"), String.join("\n", "[general]", "enabled = yes", "port = 0",
                "bindaddr = 127.0.0.1", "authlimit = 1000", "", "[bench]", "secret = bench", "read = all", "write = all", ""));
        ActionTable actions = new ActionTable();
        actions.add(new ActionTable.RegisteredAction("Ping", 0, 0, new PingAction()));
        EventBusImpl bus = new EventBusImpl();
        ManagerServer server = new ManagerServer(new ConfigFilesImpl(etc), bus, actions, new Booted());
        try {
            for (int clients : new int[] {1, 10, 100}) {
                fanOut(server, bus, clients, events);
            }
            pingRoundTrips(server, pings);
            idleSessions(server, idle);
        } finally {
            server.deactivate();
        }
    }

    private static void fanOut(ManagerServer server, EventBusImpl bus, int clients, int events) throws Exception {
        List<Reader> readers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            readers.add(new Reader(login(server.port(), "on")));
        }
        readers.forEach(r -> r.thread.start());
        int window = 500;
        long started = System.nanoTime();
        for (int seq = 1; seq <= events; seq++) {
            bus.publish(PbxEvent.builder("BenchEvent", EventCategory.USER).field("Seq", seq).build());
            if (seq % 100 == 0) {
                if (!await(readers, seq - window)) {
                    break;
                }
            }
        }
        boolean complete = await(readers, events);
        double seconds = (System.nanoTime() - started) / 1e9;
        long reordered = readers.stream().mapToLong(r -> r.reordered.get()).sum();
        long gaps = readers.stream().mapToLong(r -> r.gaps.get()).sum();
        for (Reader reader : readers) {
            reader.socket.close();
        }
        if (!complete) {
            // a reader starved past writetimeout is disconnected, as Asterisk drops a slow client
            System.out.printf("fan-out  clients=%-3d stalled after %d events: %d of %d readers were disconnected%n",
                    clients, slowest(readers), readers.stream().filter(r -> !r.thread.isAlive()).count(), clients);
            return;
        }
        System.out.printf("fan-out  clients=%-3d events=%d  %.0f events/s published, %.0f deliveries/s, reordered=%d, lost=%d%n",
                clients, events, events / seconds, (double) events * clients / seconds, reordered, gaps);
    }

    /** Waits (parking, not spinning: the machine is shared) until every reader has seen seq; false after 10 s. */
    private static boolean await(List<Reader> readers, long seq) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (slowest(readers) < seq) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(20_000);
        }
        return true;
    }

    private static long slowest(List<Reader> readers) {
        long min = Long.MAX_VALUE;
        for (Reader reader : readers) {
            min = Math.min(min, reader.last.get());
        }
        return min;
    }

    private static void pingRoundTrips(ManagerServer server, int pings) throws IOException {
        try (Socket socket = login(server.port(), "off")) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            byte[] ping = "Action: Ping\r\nActionID: p\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            long started = System.nanoTime();
            for (int i = 0; i < pings; i++) {
                out.write(ping);
                out.flush();
                skipMessage(in);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("ping     %d sequential round trips: %.0f/s, %.1f us each%n", pings, pings / seconds,
                    seconds * 1e6 / pings);
        }
    }

    private static void idleSessions(ManagerServer server, int count) throws Exception {
        long before = usedHeap();
        int threadsBefore = Thread.activeCount();
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sockets.add(login(server.port(), "on"));
        }
        long after = usedHeap();
        System.out.printf("idle     %d logged-in sessions: %.1f KiB heap each, %d threads each%n", count,
                (after - before) / 1024.0 / count, (Thread.activeCount() - threadsBefore) / count);
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    private static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static Socket login(int port, String events) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setTcpNoDelay(true);
        InputStream in = socket.getInputStream();
        while (in.read() != '\n') {
            // banner
        }
        socket.getOutputStream().write(("Action: Login\r\nUsername: bench\r\nSecret: bench\r\nEvents: " + events
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        skipMessage(in);
        return socket;
    }

    /** Reads up to the empty line that ends a message; returns the Seq value, or -1. */
    private static long skipMessage(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        long seq = -1;
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                if (line.length() <= 1) {
                    return seq;
                }
                if (line.length() > 5 && line.charAt(0) == 'S' && line.indexOf("Seq: ") == 0) {
                    seq = Long.parseLong(line.substring(5, line.length() - 1));
                }
                line.setLength(0);
            } else {
                line.append((char) c);
            }
        }
        throw new IOException("connection closed");
    }

    /** One client: reads events and checks their order. */
    private static final class Reader {
        final Socket socket;
        final AtomicLong last = new AtomicLong();
        final AtomicLong reordered = new AtomicLong();
        final AtomicLong gaps = new AtomicLong();
        final Thread thread;

        Reader(Socket socket) {
            this.socket = socket;
            this.thread = new Thread(this::run, "bench-reader");
            thread.setDaemon(true);
        }

        private void run() {
            try {
                InputStream in = new BufferedInputStream(socket.getInputStream(), 65536);
                while (true) {
                    long seq = skipMessage(in);
                    if (seq < 0) {
                        continue;
                    }
                    long previous = last.get();
                    if (seq <= previous) {
                        reordered.incrementAndGet();
                    } else {
                        if (seq != previous + 1) {
                            gaps.addAndGet(seq - previous - 1);
                        }
                        last.set(seq);
                    }
                }
            } catch (IOException e) {
                // closed at the end of the round
            }
        }
    }

    private static final class Booted implements SystemInfo {
        private final Instant started = Instant.now();

        @Override
        public String productName() {
            return "Strowger";
        }

        @Override
        public String version() {
            return "bench";
        }

        @Override
        public String versionLine() {
            return "Strowger bench";
        }

        @Override
        public Instant startupTime() {
            return started;
        }

        @Override
        public Instant lastReloadTime() {
            return started;
        }

        @Override
        public boolean fullyBooted() {
            return false;
        }
    }
}
