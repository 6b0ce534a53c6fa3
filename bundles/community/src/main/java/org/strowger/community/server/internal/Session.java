package org.strowger.community.server.internal;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.community.directory.AccountType;
import org.strowger.community.protocol.LoginMode;
import org.strowger.community.protocol.Scram;

/**
 * One connection. Its fields are changed on the server's logic thread only; {@link #send} may be called from any
 * thread (Netty queues the write on the channel's event loop).
 */
final class Session {
    private static final Logger LOG = LoggerFactory.getLogger(Session.class);
    final long number;
    final Channel channel;
    /** The peer's IP address (no port): the unit of the failed-login lock. */
    final String address;
    String account;
    AccountType type;
    LoginMode mode;
    Pending pending;
    /** A failed AUTH whose delayed 401 has not been sent yet: no new attempt on this connection until it is. */
    boolean verdictPending;
    boolean closed;

    /** A LOGIN waiting for its AUTH. */
    record Pending(String user, String clientNonce, String combinedNonce, Scram.Credentials credentials,
            boolean exists) {
    }

    Session(long number, Channel channel, String address) {
        this.number = number;
        this.channel = channel;
        this.address = address;
    }

    boolean loggedIn() {
        return account != null;
    }

    /** Beyond this much unsent output the client is not reading: it is cut off rather than filling our memory. */
    static final long MAX_BACKLOG_BYTES = 4L << 20;

    void send(String line) {
        if (!channel.isActive()) {
            return;
        }
        if (!channel.isWritable()) {
            if (line.startsWith("RTP ")) {
                // media is lossy by nature: a client that reads slowly loses packets, not the server's memory
                return;
            }
            long backlog = channel.bytesBeforeWritable();
            if (backlog == Long.MAX_VALUE) {
                // Netty's answer when the outbound buffer is already gone: the connection is closing (the peer
                // reset it), not a slow reader; its disconnect is on its way to the logic thread
                return;
            }
            if (backlog > MAX_BACKLOG_BYTES) {
                LOG.warn("{}: not reading its notifications ({} bytes waiting), closing", this, backlog);
                channel.close();
                return;
            }
        }
        channel.writeAndFlush(Unpooled.wrappedBuffer((line + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    void reply(String id, String body) {
        send("#" + id + " " + body);
    }

    @Override
    public String toString() {
        return "session " + number + " (" + (account == null ? "-" : account) + " from " + address + ")";
    }
}
