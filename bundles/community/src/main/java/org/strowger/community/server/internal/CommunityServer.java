package org.strowger.community.server.internal;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.community.directory.Directory;
import org.strowger.community.media.RelayLine;
import org.strowger.community.protocol.ErrorCode;
import org.strowger.community.protocol.Line;
import org.strowger.community.protocol.MalformedLineException;
import org.strowger.community.protocol.Protocol;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * The community's TCP server (Netty NIO): frames lines (at most {@link Protocol#MAX_LINE_BYTES}), closes silent
 * connections, relays RTP lines on the I/O threads and hands every other line to the logic thread.
 */
public final class CommunityServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CommunityServer.class);

    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final ScheduledExecutorService logic;
    private final Community community;
    private final Channel serverChannel;
    private final Directory directory;

    private CommunityServer(ServerSettings settings, Directory directory) throws InterruptedException {
        this.directory = directory;
        boss = new NioEventLoopGroup(1, new DefaultThreadFactory("community-accept", true));
        workers = new NioEventLoopGroup(0, new DefaultThreadFactory("community-io", true));
        ScheduledThreadPoolExecutor logicExecutor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "community-logic");
            t.setDaemon(true);
            return t;
        });
        // on close, pending timers (login and no-answer timeouts) are dropped; queued lines still run
        logicExecutor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        logicExecutor.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        logic = logicExecutor;
        MediaPorts ports = new MediaPorts(workers, settings.rtpAddress(), settings.rtpPortMin(), settings.rtpPortMax());
        try {
            community = onLogic(() -> new Community(directory, settings, logic, ports));
            serverChannel = new ServerBootstrap().group(boss, workers).channel(NioServerSocketChannel.class)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(256 * 1024, 1024 * 1024))
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new IdleStateHandler(settings.idleTimeoutSeconds(), 0, 0, TimeUnit.SECONDS));
                            // failFast: the error is answered as soon as the limit is passed
                            ch.pipeline().addLast(new LineBasedFrameDecoder(Protocol.MAX_LINE_BYTES, true, true));
                            ch.pipeline().addLast(new Handler());
                        }
                    })
                    .bind(new InetSocketAddress(settings.bindAddress(), settings.port())).sync().channel();
        } catch (RuntimeException | InterruptedException e) {
            shutdown();
            throw e;
        }
        LOG.info("Community server listening on {} (RTP {}:{}-{})", serverChannel.localAddress(),
                settings.rtpAddress(), settings.rtpPortMin(), settings.rtpPortMax());
    }

    /**
     * Starts a server on {@code settings}' address with this directory (which it does not close).
     *
     * @throws IllegalStateException when the port cannot be bound, with the address and the reason
     */
    public static CommunityServer start(ServerSettings settings, Directory directory) {
        try {
            return new CommunityServer(settings, directory);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the community server", e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot listen on " + settings.bindAddress() + ":" + settings.port() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The address the server listens on (the real port when 0 was asked for). */
    public InetSocketAddress address() {
        return (InetSocketAddress) serverChannel.localAddress();
    }

    public Directory directory() {
        return directory;
    }

    /**
     * Runs an administration command in words on the logic thread; returns the text to print.
     *
     * @throws IllegalArgumentException with the operator's message
     */
    public String admin(List<String> words) {
        return onLogic(() -> community.runAdmin(words));
    }

    public List<String> adminUsage() {
        return onLogic(community::adminUsage);
    }

    private <T> T onLogic(Callable<T> task) {
        try {
            return logic.submit(task).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the community server did not answer within 30 s");
        }
    }

    @Override
    public void close() {
        if (serverChannel != null) {
            serverChannel.close().syncUninterruptibly();
        }
        shutdown();
        LOG.info("Community server stopped");
    }

    private void shutdown() {
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        // Not shutdownNow() first: interrupting the logic thread while the directory reads or writes its MVStore
        // file closes the FileChannel (it is interruptible), after which the store cannot even be closed cleanly.
        logic.shutdown();
        try {
            if (!logic.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Community logic thread still busy 5 s after close, interrupting it");
                logic.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            logic.shutdownNow();
        }
    }

    /** One connection's pipeline end. */
    private final class Handler extends SimpleChannelInboundHandler<ByteBuf> {
        private Session session;
        private boolean badRtpReported;

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            InetSocketAddress remote = (InetSocketAddress) ctx.channel().remoteAddress();
            session = new Session(community.nextSessionNumber(), ctx.channel(), remote.getAddress().getHostAddress());
            Session s = session;
            logic.execute(() -> community.connected(s));
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            Session s = session;
            if (s != null && !logic.isShutdown()) {
                logic.execute(() -> community.disconnected(s));
            }
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ByteBuf frame) {
            byte[] bytes = ByteBufUtil.getBytes(frame);
            Line line;
            try {
                line = Line.decode(bytes, 0, bytes.length);
            } catch (MalformedLineException e) {
                session.send(e.toErrorLine());
                return;
            }
            if (!line.hasId()) {
                if (line.keyword().equals(RelayLine.KEYWORD)) {
                    // media: relayed here, on the I/O thread, without a trip through the logic thread
                    community.calls.relayLine(session, line.body());
                } else if (!badRtpReported) {
                    session.send("ERROR " + ErrorCode.MALFORMED.code() + " command lines start with #<id>");
                }
                return;
            }
            Session s = session;
            logic.execute(() -> community.handle(s, line));
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            if (evt instanceof IdleStateEvent e && e.state() == IdleState.READER_IDLE) {
                LOG.info("{}: silent for {} s, closing", session, community.settings.idleTimeoutSeconds());
                ctx.close();
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (cause instanceof TooLongFrameException) {
                // the rest of the line cannot be told from the next command: answer and hang up
                LOG.info("{}: line longer than {} bytes, closing", session, Protocol.MAX_LINE_BYTES);
                session.send("ERROR " + ErrorCode.LINE_TOO_LONG.code() + " " + ErrorCode.LINE_TOO_LONG.text());
                ctx.close();
                return;
            }
            LOG.debug("{}: connection error: {}", session, cause.toString());
            ctx.close();
        }
    }
}
