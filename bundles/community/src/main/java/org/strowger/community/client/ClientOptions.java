package org.strowger.community.client;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * Connection settings.
 *
 * @param connectTimeout  TCP connect and HELLO wait
 * @param commandTimeout  how long a command waits for its reply before its future fails with a
 *                        {@code TimeoutException}
 * @param pingInterval    keep-alive period (the server drops connections silent for 90 s); zero disables
 * @param rtpAddress      the local address RTP sockets bind to and that {@code MEDIA ip:port} announces; null:
 *                        the local address of the community connection
 * @param defaultMedia    media mode used when a call's options do not override it
 * @param localAddress    the local end of the community connection; null: any address, a random port. A port
 *                        already in use is only a wish: the connection then takes a random port on that address
 *                        (the manual's {@code bind_port}: "only a suggestion")
 */
public record ClientOptions(Duration connectTimeout, Duration commandTimeout, Duration pingInterval,
        InetAddress rtpAddress, MediaMode defaultMedia, InetSocketAddress localAddress) {

    public ClientOptions {
        if (connectTimeout == null || commandTimeout == null || pingInterval == null || defaultMedia == null) {
            throw new IllegalArgumentException("client options need every duration and a media mode");
        }
        if (connectTimeout.isNegative() || commandTimeout.isNegative() || commandTimeout.isZero()
                || pingInterval.isNegative()) {
            throw new IllegalArgumentException("client timeouts must be positive");
        }
    }

    /** 10 s connect, 30 s commands (a failed login is answered after up to 8 s), ping every 30 s, UDP. */
    public static ClientOptions defaults() {
        return new ClientOptions(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(30), null,
                MediaMode.UDP, null);
    }

    public ClientOptions withCommandTimeout(Duration timeout) {
        return new ClientOptions(connectTimeout, timeout, pingInterval, rtpAddress, defaultMedia, localAddress);
    }

    public ClientOptions withPingInterval(Duration interval) {
        return new ClientOptions(connectTimeout, commandTimeout, interval, rtpAddress, defaultMedia, localAddress);
    }

    public ClientOptions withRtpAddress(InetAddress address) {
        return new ClientOptions(connectTimeout, commandTimeout, pingInterval, address, defaultMedia, localAddress);
    }

    public ClientOptions withDefaultMedia(MediaMode media) {
        return new ClientOptions(connectTimeout, commandTimeout, pingInterval, rtpAddress, media, localAddress);
    }

    public ClientOptions withLocalAddress(InetSocketAddress address) {
        return new ClientOptions(connectTimeout, commandTimeout, pingInterval, rtpAddress, defaultMedia, address);
    }
}
