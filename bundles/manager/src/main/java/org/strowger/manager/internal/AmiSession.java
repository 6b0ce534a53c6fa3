package org.strowger.manager.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerSession;

/**
 * One connection: a reader thread that parses and runs requests in order, and a writer thread
 * that drains a bounded queue to the socket. Events are offered without waiting, so a client that
 * stops reading loses its own events (counted) and never holds up the event bus or anyone else;
 * a write that hangs longer than the user's writetimeout closes the connection.
 */
final class AmiSession implements ManagerSession {

    private static final Logger LOG = LoggerFactory.getLogger(AmiSession.class);
    /** Messages waiting for the writer; events beyond this are dropped. */
    static final int QUEUE_CAPACITY = 1000;
    private static final String CLOSE = new String("close after this");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Java has no file descriptors to show; a number per connection stands in for Asterisk's fd. */
    private static final AtomicInteger IDS = new AtomicInteger(1);

    private final Socket socket;
    private final SessionHost host;
    private final long connectedNanos = System.nanoTime();
    private final long connectedEpochSecond = System.currentTimeMillis() / 1000;
    private final int id = IDS.getAndIncrement();
    private final BlockingQueue<String> outbound = new LinkedBlockingQueue<>(QUEUE_CAPACITY);
    private final EventFilters filters = new EventFilters();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicLong droppedEvents = new AtomicLong();

    private volatile ManagerConfig.ManagerUser user;
    private volatile int eventMask;
    private volatile String challenge = "";
    /** Guards {@link #held} and wakes a waiting {@code WaitEvent}. */
    private final Object waitLock = new Object();
    /** Events kept back while a {@code WaitEvent} runs, {@code null} otherwise. */
    private volatile List<String> held;
    /** Whether any event was broadcast since the {@code WaitEvent} began. */
    private boolean eventArrived;
    /** The reader's stream, to notice a request arriving during {@code WaitEvent}. */
    private volatile BufferedInputStream input;
    /** When the current socket write began (System.nanoTime), 0 while idle: the watchdog reads it. */
    private volatile long writeStarted;

    AmiSession(Socket socket, SessionHost host) {
        this.socket = socket;
        this.host = host;
    }

    /** Sends the banner and starts the reader and writer threads. */
    void start(String banner) {
        outbound.add(banner + Wire.CRLF);
        String name = "ami-" + remoteAddress();
        Thread writer = new Thread(this::writeLoop, name + "-writer");
        Thread reader = new Thread(this::readLoop, name + "-reader");
        writer.setDaemon(true);
        reader.setDaemon(true);
        writer.start();
        reader.start();
    }

    private void readLoop() {
        try {
            input = new BufferedInputStream(socket.getInputStream());
            MessageReader reader = new MessageReader(input);
            MessageReader.Message message;
            while (!closed.get() && (message = reader.next()) != null) {
                if (!host.process(this, message)) {
                    return;
                }
            }
        } catch (IOException e) {
            LOG.debug("Manager connection from {} ended: {}", remoteAddress(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!closingAfterWrite) {
                close();
            }
        }
    }

    private volatile boolean closingAfterWrite;

    private void writeLoop() {
        try {
            OutputStream out = socket.getOutputStream();
            while (!closed.get()) {
                String text = outbound.take();
                if (text == CLOSE) {
                    break;
                }
                writeStarted = System.nanoTime();
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
                writeStarted = 0;
            }
        } catch (IOException e) {
            LOG.debug("Write to manager connection {} failed: {}", remoteAddress(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close();
        }
    }

    /** Queues a response; waits for room, since a response must not be lost. */
    void reply(String text) throws InterruptedException {
        outbound.put(text);
    }

    /** Queues the text and closes the connection once it is written (Goodbye, failed login). */
    void replyAndClose(String text) throws InterruptedException {
        closingAfterWrite = true;
        outbound.put(text);
        outbound.put(CLOSE);
    }

    /**
     * The manager is stopping: the {@code Shutdown} event (if this session may see it) goes out, then
     * the connection closes. Never waits: a session whose queue is full is simply closed.
     */
    void shutdown(int categoryMask, String shutdownEvent) {
        closingAfterWrite = true;
        offerEvent(categoryMask, shutdownEvent);
        if (!outbound.offer(CLOSE)) {
            close();
        }
    }

    /** Offers a broadcast event that this session may receive; filters decide, and a full queue drops it. */
    void offerEvent(int categoryMask, String text) {
        boolean allowed = user != null && (eventMask & categoryMask) == categoryMask && filters.allows(text);
        if (held != null) {
            synchronized (waitLock) {
                if (held != null) {
                    // action_waitevent ends on any new event in the queue, even one this session will not get.
                    eventArrived = true;
                    if (allowed) {
                        hold(text);
                    }
                    waitLock.notifyAll();
                    return;
                }
            }
        }
        if (allowed) {
            enqueueEvent(text);
        }
    }

    private void enqueueEvent(String text) {
        if (held != null) {
            synchronized (waitLock) {
                if (held != null) {
                    hold(text);
                    eventArrived = true;
                    waitLock.notifyAll();
                    return;
                }
            }
        }
        if (!outbound.offer(text)) {
            long dropped = droppedEvents.incrementAndGet();
            // once per power of two: a stalled client should not flood the log either
            if (Long.bitCount(dropped) == 1) {
                LOG.warn("Manager session of '{}' from {} is not reading: {} event(s) dropped", username(),
                        remoteAddress(), dropped);
            }
        }
    }

    /**
     * Holds this session's events back until {@link #endWait()}, waiting until an event is broadcast,
     * a request arrives, the session closes or {@code timeoutSeconds} pass (negative: no limit), as
     * action_waitevent does on a TCP session: there the events queue up while the session's thread
     * waits, and are written after the reply.
     */
    void awaitEvent(int timeoutSeconds) throws InterruptedException {
        synchronized (waitLock) {
            held = new ArrayList<>();
            eventArrived = false;
        }
        // Asterisk waits one second at a time, checking for events and for input between.
        for (int second = 0; timeoutSeconds < 0 || second < timeoutSeconds; second++) {
            synchronized (waitLock) {
                if (eventArrived || closed.get() || inputPending()) {
                    return;
                }
                long until = System.nanoTime() + 1_000_000_000L;
                long left;
                while (!eventArrived && !closed.get() && (left = until - System.nanoTime()) > 0) {
                    waitLock.wait(Math.max(1, left / 1_000_000));
                }
            }
        }
    }

    /** Stops holding events back and returns those held, in order. */
    List<String> endWait() {
        synchronized (waitLock) {
            List<String> waiting = held == null ? List.of() : held;
            held = null;
            return waiting;
        }
    }

    /** Whether a {@code WaitEvent} is holding this session's events back. */
    boolean waitingForEvent() {
        return held != null;
    }

    private boolean inputPending() {
        BufferedInputStream in = input;
        try {
            return in != null && in.available() > 0;
        } catch (IOException e) {
            return true;
        }
    }

    /** Keeps an event for after the WaitEvent reply; called holding {@link #waitLock}. */
    private void hold(String text) {
        if (held.size() < QUEUE_CAPACITY) {
            held.add(text);
        } else {
            droppedEvents.incrementAndGet();
        }
    }

    /** When the connection was accepted, in seconds since the epoch (Asterisk's sessionstart). */
    long connectedEpochSecond() {
        return connectedEpochSecond;
    }

    /** The connection's number, shown where Asterisk shows the socket's fd. */
    int id() {
        return id;
    }

    long droppedEvents() {
        return droppedEvents.get();
    }

    /** Whether a write has hung longer than allowed, or login has taken longer than allowed. */
    boolean overdue(long now, long authTimeoutNanos) {
        long started = writeStarted;
        ManagerConfig.ManagerUser current = user;
        long writeTimeout = current == null ? 100_000_000L : current.writeTimeout().toNanos();
        if (started != 0 && now - started > writeTimeout) {
            LOG.warn("Manager connection {} ('{}') timed out writing; disconnecting", remoteAddress(), username());
            return true;
        }
        return current == null && now - connectedNanos > authTimeoutNanos;
    }

    void authenticated(ManagerConfig.ManagerUser loggedIn, int initialEventMask) {
        this.eventMask = loggedIn.readMask() & initialEventMask;
        for (String filter : loggedIn.eventFilters()) {
            filters.add(filter);
        }
        this.user = loggedIn;
    }

    ManagerConfig.ManagerUser user() {
        return user;
    }

    void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                socket.close();
            } catch (IOException e) {
                LOG.debug("Closing manager connection {}: {}", remoteAddress(), e.toString());
            }
            outbound.clear();
            outbound.offer(CLOSE);
            synchronized (waitLock) {
                waitLock.notifyAll();
            }
            host.closed(this);
        }
    }

    boolean isClosed() {
        return closed.get();
    }

    @Override
    public String username() {
        ManagerConfig.ManagerUser current = user;
        return current == null ? "" : current.name();
    }

    @Override
    public boolean authenticated() {
        return user != null;
    }

    @Override
    public int readMask() {
        ManagerConfig.ManagerUser current = user;
        return current == null ? 0 : current.readMask();
    }

    @Override
    public int writeMask() {
        ManagerConfig.ManagerUser current = user;
        return current == null ? 0 : current.writeMask();
    }

    @Override
    public int eventMask() {
        return eventMask;
    }

    @Override
    public void setEventMask(int mask) {
        eventMask = readMask() & mask;
    }

    @Override
    public void addEventFilter(String filter) {
        filters.add(filter);
    }

    @Override
    public synchronized String challenge() {
        if (challenge.isEmpty()) {
            // ast_random(): a non-negative long in decimal
            challenge = Long.toString(RANDOM.nextInt(Integer.MAX_VALUE));
        }
        return challenge;
    }

    /** The challenge if one was asked for, else {@code ""}: MD5 login needs one. */
    synchronized String currentChallenge() {
        return challenge;
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return (InetSocketAddress) socket.getRemoteSocketAddress();
    }

    @Override
    public void send(PbxEvent event) {
        enqueueEvent(Wire.event(event));
    }

    /** What a session needs from its server. */
    interface SessionHost {

        /** Runs one message; false when the session is to end. */
        boolean process(AmiSession session, MessageReader.Message message) throws InterruptedException;

        void closed(AmiSession session);
    }

    static ManagerRequest request(MessageReader.Message message) {
        return new ManagerRequest(message.headers());
    }
}
