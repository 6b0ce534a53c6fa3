package org.strowger.benchmarks.community;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.strowger.community.protocol.ProtocolException;
import org.strowger.community.protocol.Scram;

/**
 * Many protocol connections on one NIO selector thread: the community client library has a reader and an event
 * thread per connection (20,000 threads for 10,000 accounts), far more than the server under test. Speaks just
 * enough of the protocol: SCRAM login (client proof and the server's signature checked as the library does),
 * lines out, lines in to a {@link Listener} on the selector thread.
 *
 * <p>With {@code cacheSaltedPassword}, PBKDF2 runs once per (password, salt, iterations) and is reused: the
 * benchmark accounts share their credentials, so the harness can log in thousands of accounts without paying 4096
 * HMAC rounds each, which the server never pays (it keeps StoredKey and ServerKey) and which would otherwise make
 * the client, not the server, the thing measured.
 */
final class LeanClients implements AutoCloseable {

    interface Listener {
        /** A line that is not part of the login, on the selector thread; {@code nanos} when it was read. */
        void line(Conn conn, String line, long nanos);
    }

    final class Conn {
        final int index;
        final String user;
        final String password;
        final CompletableFuture<Conn> login = new CompletableFuture<>();
        private final SocketChannel channel;
        private ByteBuffer in = ByteBuffer.allocate(256);
        private String nonce;
        private byte[] expectedSignature;
        long startNanos;
        long loggedInNanos;

        Conn(int index, String user, String password, SocketChannel channel) {
            this.index = index;
            this.user = user;
            this.password = password;
            this.channel = channel;
        }

        /** Writes a line (any thread); lines are short, so a full send buffer is only waited out. */
        synchronized void send(String line) throws IOException {
            ByteBuffer b = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
            while (b.hasRemaining()) {
                if (channel.write(b) == 0) {
                    Thread.onSpinWait();
                }
            }
        }

        /** Closes with a reset: no TIME_WAIT, so that login churn does not use up the ephemeral ports. */
        void abort() {
            try {
                channel.setOption(StandardSocketOptions.SO_LINGER, 0);
                channel.close();
            } catch (IOException e) {
                // gone anyway
            }
        }
    }

    private final InetSocketAddress server;
    private final boolean cacheSaltedPassword;
    private final Listener listener;
    private final Selector selector;
    private final Thread loop;
    private final ConcurrentLinkedQueue<Conn> pending = new ConcurrentLinkedQueue<>();
    private final Map<String, byte[]> saltedCache = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    /** Nanoseconds the selector thread spent in PBKDF2. */
    final AtomicLong pbkdf2Nanos = new AtomicLong();
    final AtomicLong pbkdf2Calls = new AtomicLong();

    LeanClients(InetSocketAddress server, boolean cacheSaltedPassword, Listener listener) throws IOException {
        this.server = server;
        this.cacheSaltedPassword = cacheSaltedPassword;
        this.listener = listener;
        this.selector = Selector.open();
        this.loop = new Thread(this::run, "lean-clients");
        loop.setDaemon(true);
        loop.start();
    }

    /** Connects and logs in (DESKTOP); the future completes on the selector thread. */
    CompletableFuture<Conn> connect(int index, String user, String password) throws IOException {
        SocketChannel ch = SocketChannel.open();
        ch.configureBlocking(false);
        ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
        Conn c = new Conn(index, user, password, ch);
        c.startNanos = System.nanoTime();
        ch.connect(server);
        pending.add(c);
        selector.wakeup();
        return c.login;
    }

    private void run() {
        ByteBuffer scratch = ByteBuffer.allocateDirect(64 * 1024);
        while (running) {
            try {
                selector.select();
                Conn c;
                while ((c = pending.poll()) != null) {
                    c.channel.register(selector, SelectionKey.OP_CONNECT, c);
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    Conn conn = (Conn) key.attachment();
                    try {
                        if (key.isConnectable()) {
                            conn.channel.finishConnect();
                            key.interestOps(SelectionKey.OP_READ);
                        } else if (key.isReadable()) {
                            read(conn, scratch);
                        }
                    } catch (IOException | RuntimeException e) {
                        key.cancel();
                        conn.abort();
                        conn.login.completeExceptionally(e);
                    }
                }
                selector.selectedKeys().clear();
            } catch (IOException e) {
                if (running) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private void read(Conn c, ByteBuffer scratch) throws IOException {
        scratch.clear();
        int n = c.channel.read(scratch);
        if (n < 0) {
            throw new IOException(c.user + ": the server closed the connection");
        }
        long now = System.nanoTime();
        scratch.flip();
        if (c.in.remaining() < scratch.remaining()) {
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(c.in.capacity() * 2, c.in.position() + scratch.remaining()));
            c.in.flip();
            bigger.put(c.in);
            c.in = bigger;
        }
        c.in.put(scratch);
        byte[] buf = c.in.array();
        int start = 0;
        int end = c.in.position();
        for (int i = 0; i < end; i++) {
            if (buf[i] == '\n') {
                int len = i - start;
                if (len > 0 && buf[i - 1] == '\r') {
                    len--;
                }
                handle(c, new String(buf, start, len, StandardCharsets.UTF_8), now);
                start = i + 1;
            }
        }
        System.arraycopy(buf, start, buf, 0, end - start);
        c.in.position(end - start);
    }

    private void handle(Conn c, String line, long now) throws IOException {
        if (c.loggedInNanos == 0) {
            if (line.startsWith("HELLO ")) {
                c.nonce = Scram.newClientNonce();
                c.send("#l LOGIN " + c.user + " DESKTOP " + c.nonce);
            } else if (line.startsWith("#l CHALLENGE ")) {
                c.send("#a AUTH " + proof(c, line.split(" ")));
            } else if (line.startsWith("#a LOGIN OK ")) {
                byte[] sig;
                try {
                    sig = Scram.unb64(line.split(" ")[4], "server signature");
                } catch (ProtocolException e) {
                    sig = null;
                }
                if (!Scram.signaturesEqual(sig, c.expectedSignature)) {
                    throw new IOException(c.user + ": the server's signature is wrong");
                }
                c.loggedInNanos = now;
                c.login.complete(c);
            } else if (line.startsWith("#")) {
                throw new IOException(c.user + ": login refused: " + line);
            }
            return;
        }
        listener.line(c, line, now);
    }

    private String proof(Conn c, String[] w) throws IOException {
        // #l CHALLENGE <saltB64> <iterations> <combinedNonceB64>
        int iterations = Integer.parseInt(w[3]);
        byte[] salt;
        try {
            salt = Scram.unb64(w[2], "salt");
        } catch (ProtocolException e) {
            throw new IOException(e.getMessage());
        }
        if (!Scram.combinedNonceExtends(c.nonce, w[4])) {
            throw new IOException("the server's nonce does not extend ours");
        }
        byte[] salted = cacheSaltedPassword
                ? saltedCache.computeIfAbsent(c.password + "\0" + w[2] + "\0" + iterations, k -> pbkdf2(c.password, salt, iterations))
                : pbkdf2(c.password, salt, iterations);
        String authMessage = Scram.authMessage(c.user, c.nonce, w[4], w[2], iterations);
        byte[] clientKey = Scram.hmac(salted, "Client Key");
        byte[] signature = Scram.hmac(Scram.sha256(clientKey), authMessage);
        byte[] proof = new byte[clientKey.length];
        for (int i = 0; i < proof.length; i++) {
            proof[i] = (byte) (clientKey[i] ^ signature[i]);
        }
        c.expectedSignature = Scram.hmac(Scram.hmac(salted, "Server Key"), authMessage);
        return Scram.b64(proof);
    }

    private byte[] pbkdf2(String password, byte[] salt, int iterations) {
        long t0 = System.nanoTime();
        byte[] salted = Scram.saltedPassword(password, salt, iterations);
        pbkdf2Nanos.addAndGet(System.nanoTime() - t0);
        pbkdf2Calls.incrementAndGet();
        return salted;
    }

    @Override
    public void close() {
        running = false;
        selector.wakeup();
        try {
            loop.join(5000);
            for (SelectionKey k : selector.keys()) {
                ((Conn) k.attachment()).abort();
            }
            selector.close();
        } catch (IOException | InterruptedException e) {
            // closing anyway
        }
    }
}
