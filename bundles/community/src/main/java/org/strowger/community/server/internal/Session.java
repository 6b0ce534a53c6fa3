package org.strowger.community.server.internal;

import java.nio.charset.StandardCharsets;

import org.strowger.community.directory.AccountType;
import org.strowger.community.directory.ScramCredentials;
import org.strowger.community.protocol.LoginMode;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;

/**
 * One connection. Its fields are changed on the server's logic thread only; {@link #send} may be called from any
 * thread (Netty queues the write on the channel's event loop).
 */
final class Session {
    final long number;
    final Channel channel;
    /** The peer's IP address (no port): the unit of the failed-login lock. */
    final String address;
    String account;
    AccountType type;
    LoginMode mode;
    Pending pending;
    boolean closed;

    /** A LOGIN waiting for its AUTH. */
    record Pending(String user, String clientNonce, String combinedNonce, ScramCredentials credentials,
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

    void send(String line) {
        if (channel.isActive()) {
            channel.writeAndFlush(Unpooled.wrappedBuffer((line + "\n").getBytes(StandardCharsets.UTF_8)));
        }
    }

    void reply(String id, String body) {
        send("#" + id + " " + body);
    }

    @Override
    public String toString() {
        return "session " + number + " (" + (account == null ? "-" : account) + " from " + address + ")";
    }
}
