package org.strowger.community.server.internal;

import java.net.InetSocketAddress;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioDatagramChannel;

/**
 * The server's RTP ports ({@code rtp_ports} on {@code rtp_address}): one per call leg that needs the server in its
 * media path (relay to a TCP side, echo123, the simulated PSTN).
 */
final class MediaPorts {
    private static final Logger LOG = LoggerFactory.getLogger(MediaPorts.class);
    private final EventLoopGroup group;
    private final String address;
    private final int min;
    private final int max;
    private int next;

    MediaPorts(EventLoopGroup group, String address, int min, int max) {
        this.group = group;
        this.address = address;
        this.min = min;
        this.max = max;
        this.next = min;
    }

    /** A UDP port of the server: packets arriving go to {@link #inbound}, {@link #send} sends from it. */
    static final class Port {
        final Channel channel;
        final InetSocketAddress local;
        volatile Consumer<byte[]> inbound;

        Port(Channel channel) {
            this.channel = channel;
            this.local = (InetSocketAddress) channel.localAddress();
        }

        void send(byte[] packet, InetSocketAddress to) {
            channel.writeAndFlush(new DatagramPacket(Unpooled.wrappedBuffer(packet), to));
        }

        /**
         * Releases the port before returning (off the io threads), so that a call placed right after a hangup can
         * bind it again; Netty's close alone only starts the release.
         */
        void close() {
            inbound = null;
            if (channel.eventLoop().inEventLoop()) {
                channel.close();
            } else {
                channel.close().awaitUninterruptibly();
            }
        }
    }

    /** Binds the next free port of the range (wrapping around), or throws when all are taken. */
    synchronized Port open() {
        int span = max - min + 1;
        for (int i = 0; i < span; i++) {
            int port = next;
            next = next == max ? min : next + 1;
            Port[] holder = new Port[1];
            try {
                Channel ch = new Bootstrap().group(group).channel(NioDatagramChannel.class)
                        .handler(new SimpleChannelInboundHandler<DatagramPacket>() {
                            @Override
                            protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket msg) {
                                Port p = holder[0];
                                Consumer<byte[]> in = p == null ? null : p.inbound;
                                ByteBuf buf = msg.content();
                                if (in != null && buf.readableBytes() >= 12 && buf.readableBytes() <= 1500) {
                                    in.accept(ByteBufUtil.getBytes(buf));
                                }
                            }
                        })
                        .bind(new InetSocketAddress(address, port)).sync().channel();
                holder[0] = new Port(ch);
                return holder[0];
            } catch (Exception e) {
                LOG.debug("RTP port {} not available: {}", port, e.toString());
            }
        }
        throw new IllegalStateException("no free RTP port in " + min + "-" + max + " on " + address);
    }
}
