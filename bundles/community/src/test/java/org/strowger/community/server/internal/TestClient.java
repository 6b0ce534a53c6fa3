package org.strowger.community.server.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.strowger.community.protocol.Scram;

/**
 * A minimal protocol client for the tests: raw lines over a real socket, replies matched by id, notifications
 * awaited by content. Waits are bounded only so that a broken server fails the test instead of hanging it.
 */
final class TestClient implements AutoCloseable {
    static final long WAIT_MILLIS = 20_000;
    private final Socket socket;
    private final OutputStream out;
    private final List<String> pending = new ArrayList<>();
    /** Every line received, in arrival order (pending lines are taken out as they are awaited). */
    private final List<String> history = new ArrayList<>();
    private boolean eof;
    private int nextId;
    final String hello;

    TestClient(InetSocketAddress address) throws IOException, InterruptedException {
        socket = new Socket(address.getAddress(), address.getPort());
        out = socket.getOutputStream();
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        Thread reader = new Thread(() -> {
            try {
                String line;
                while ((line = in.readLine()) != null) {
                    synchronized (pending) {
                        pending.add(line);
                        history.add(line);
                        pending.notifyAll();
                    }
                }
            } catch (IOException e) {
                // closed
            }
            synchronized (pending) {
                eof = true;
                pending.notifyAll();
            }
        }, "test-client-reader");
        reader.setDaemon(true);
        reader.start();
        hello = await(l -> l.startsWith("HELLO "));
    }

    /** Sends raw text (a newline is not added). */
    void raw(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    void rawBytes(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Sends {@code #id body}; returns the id. */
    String send(String body) throws IOException {
        String id = "t" + (++nextId);
        raw("#" + id + " " + body + "\n");
        return id;
    }

    /** Sends a command and returns its reply without the {@code #id } prefix. */
    String command(String body) throws IOException, InterruptedException {
        return reply(send(body));
    }

    String reply(String id) throws InterruptedException {
        String line = await(l -> l.startsWith("#" + id + " "));
        return line.substring(id.length() + 2);
    }

    /** The first received line (not yet taken) that matches; taken. */
    String await(Predicate<String> p) throws InterruptedException {
        long end = System.currentTimeMillis() + WAIT_MILLIS;
        synchronized (pending) {
            while (true) {
                for (Iterator<String> it = pending.iterator(); it.hasNext();) {
                    String l = it.next();
                    if (p.test(l)) {
                        it.remove();
                        return l;
                    }
                }
                long left = end - System.currentTimeMillis();
                if (eof || left <= 0) {
                    throw new AssertionError((eof ? "connection closed" : "timed out") + " waiting; received " + pending);
                }
                pending.wait(left);
            }
        }
    }

    String await(String exact) throws InterruptedException {
        return await(l -> l.equals(exact));
    }

    /** Whether a matching line has arrived (without waiting); taken if so. */
    boolean has(Predicate<String> p) {
        synchronized (pending) {
            for (Iterator<String> it = pending.iterator(); it.hasNext();) {
                if (p.test(it.next())) {
                    it.remove();
                    return true;
                }
            }
            return false;
        }
    }

    /** Every line received so far, in order. */
    List<String> history() {
        synchronized (pending) {
            return List.copyOf(history);
        }
    }

    List<String> received() {
        synchronized (pending) {
            return List.copyOf(pending);
        }
    }

    boolean isClosed() {
        synchronized (pending) {
            return eof;
        }
    }

    /** Waits until the server closes the connection. */
    void awaitClosed() throws InterruptedException {
        long end = System.currentTimeMillis() + WAIT_MILLIS;
        synchronized (pending) {
            while (!eof) {
                long left = end - System.currentTimeMillis();
                if (left <= 0) {
                    throw new AssertionError("connection still open");
                }
                pending.wait(left);
            }
        }
    }

    /** Sends {@code CALL <args>}, checks the ROUTING reply and returns the caller's call id. */
    String placeCall(String args) throws IOException, InterruptedException {
        String reply = command("CALL " + args);
        assertTrue(reply, reply.matches("CALL \\d+ STATUS ROUTING"));
        return reply.split(" ")[1];
    }

    /** Waits for an incoming call's {@code STATUS RINGING}; returns its call id. */
    String awaitRinging() throws InterruptedException {
        return await(l -> l.matches("CALL \\d+ STATUS RINGING")).split(" ")[1];
    }

    /** LOGIN + AUTH; returns the AUTH reply (without id). Checks the server's signature on success. */
    String login(String user, String password, String mode) throws IOException, InterruptedException {
        String nonce = Scram.newClientNonce();
        String challenge = command("LOGIN " + user + " " + mode + " " + nonce);
        if (!challenge.startsWith("CHALLENGE ")) {
            return challenge;
        }
        String[] w = challenge.split(" ");
        byte[] salt = Base64.getDecoder().decode(w[1]);
        int iterations = Integer.parseInt(w[2]);
        String combined = w[3];
        assertTrue(Scram.combinedNonceExtends(nonce, combined));
        String authMessage = Scram.authMessage(user, nonce, combined, w[1], iterations);
        byte[] proof = Scram.clientProof(password, salt, iterations, authMessage);
        String reply = command("AUTH " + Scram.b64(proof));
        if (reply.startsWith("LOGIN OK ")) {
            String[] r = reply.split(" ");
            assertEquals(user, r[2]);
            assertEquals("server signature", Scram.b64(Scram.expectedServerSignature(password, salt, iterations,
                    authMessage)), r[3]);
        }
        return reply;
    }

    static TestClient loggedIn(InetSocketAddress a, String user, String password, String mode) throws Exception {
        TestClient c = new TestClient(a);
        String r = c.login(user, password, mode);
        assertTrue(r, r.startsWith("LOGIN OK "));
        c.await(l -> l.startsWith("USERSTATUS "));
        return c;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    static void sleep(long millis) throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep(millis);
    }
}
