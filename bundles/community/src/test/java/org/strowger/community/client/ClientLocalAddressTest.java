package org.strowger.community.client;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The local end of the community connection: the engine's bind_address and bind_port (manual 3.1). */
public class ClientLocalAddressTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private ServerSocket server;

    @Before
    public void start() throws IOException {
        server = new ServerSocket(0, 5, LOOPBACK);
    }

    @After
    public void stop() throws IOException {
        server.close();
    }

    @Test
    public void theConnectionLeavesFromTheConfiguredAddressAndPort() throws Exception {
        int port = freePort();
        assertEquals(port, remotePortSeenByServer(new InetSocketAddress(LOOPBACK, port)));
    }

    @Test
    public void aPortInUseIsOnlyASuggestionAndARandomPortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, LOOPBACK)) {
            int seen = remotePortSeenByServer(new InetSocketAddress(LOOPBACK, taken.getLocalPort()));
            assertNotEquals(taken.getLocalPort(), seen);
        }
    }

    /** Connects with the given local address and returns the client port the server saw. */
    private int remotePortSeenByServer(InetSocketAddress local) throws Exception {
        CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> {
            try {
                Socket peer = server.accept();
                OutputStream out = peer.getOutputStream();
                out.write("HELLO STROWGER-COMMUNITY 1 9.9\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                return peer;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        ClientOptions options = ClientOptions.defaults().withPingInterval(Duration.ZERO).withLocalAddress(local);
        try (CommunityClient client = CommunityClient.connect(new InetSocketAddress(LOOPBACK, server.getLocalPort()), options);
                Socket peer = accepted.get(10, TimeUnit.SECONDS)) {
            assertEquals("9.9", client.serverVersion());
            return peer.getPort();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, LOOPBACK)) {
            return probe.getLocalPort();
        }
    }
}
