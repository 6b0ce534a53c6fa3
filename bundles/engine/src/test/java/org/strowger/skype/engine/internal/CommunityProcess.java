package org.strowger.skype.engine.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.strowger.community.server.Main;

/**
 * The stand-alone community server ({@link Main}) in a child JVM on the test class path, so that a test can
 * {@code kill -9} it ({@link Process#destroyForcibly()}), freeze it ({@code kill -STOP}) and start it again on
 * the same store and port. Administration commands go to its standard input, as an operator types them.
 */
final class CommunityProcess implements AutoCloseable {

    private final Path conf;
    private final Path store;
    private final Path log;
    final int port;
    private Process process;
    private Writer stdin;
    private final BlockingQueue<String> output = new LinkedBlockingQueue<>();

    CommunityProcess(Path directory) throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        conf = directory.resolve("community.conf");
        store = directory.resolve("community.db");
        log = directory.resolve("community.log");
        Files.writeString(conf, LiveCommunity.CONF.replace("%PORT%", Integer.toString(port))
                .replace("rtp_ports = 43000-43999", "rtp_ports = 44000-44999"));
    }

    /** Starts the server and waits for its start line. */
    void start() throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--config", conf.toString(), "--store", store.toString());
        process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Process running = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(running.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    output.add(line);
                }
            } catch (IOException e) {
                // the process was killed
            }
        }, "community-process-stdout");
        reader.setDaemon(true);
        reader.start();
        awaitOutput("Strowger Community ");
    }

    /** An administration command on the server's console; returns the line that starts with {@code expected}. */
    String admin(String line, String expected) throws IOException, InterruptedException {
        stdin.write(line + "\n");
        stdin.flush();
        return awaitOutput(expected);
    }

    private String awaitOutput(String prefix) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            String line = output.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("the community process never printed '" + prefix + "'; its log:\n"
                        + (Files.exists(log) ? Files.readString(log) : "(none)"));
            }
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    /** {@code kill -9}: no shutdown hook runs, the store is not closed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** {@code kill -STOP} / {@code kill -CONT}: the server keeps its sockets open but answers nothing. */
    void signal(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IOException("kill -" + signal + " " + process.pid() + " failed");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
