package org.strowger.community.server.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import org.junit.Rule;
import org.junit.Test;
import org.strowger.community.protocol.Protocol;
import org.strowger.community.protocol.Scram;

/**
 * Peers that misbehave (issue 7's fault list): a client that stops reading its socket, random bytes, and
 * command lines put together at random from the protocol's words. Whatever one connection does, the server
 * answers it with replies or errors or cuts it off, and keeps serving the other sessions.
 */
public class FaultTest {
    @Rule
    public final ServerFixture fx = new ServerFixture();

    /** A connection logged in by hand, whose socket the test reads only when it wants to. */
    private static final class RawSession implements AutoCloseable {
        final Socket socket;
        final BufferedReader in;
        final OutputStream out;

        RawSession(java.net.InetSocketAddress address, String user, String password) throws IOException {
            socket = new Socket();
            // a small window, so that the server's backlog, not the kernel's buffers, fills up
            socket.setReceiveBufferSize(8192);
            socket.connect(address);
            socket.setSoTimeout((int) TestClient.WAIT_MILLIS);
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            out = socket.getOutputStream();
            assertTrue(in.readLine().startsWith("HELLO "));
            String nonce = Scram.newClientNonce();
            String[] challenge = command("LOGIN " + user + " DESKTOP " + nonce).split(" ");
            assertEquals("CHALLENGE", challenge[0]);
            int iterations = Integer.parseInt(challenge[2]);
            String authMessage = Scram.authMessage(user, nonce, challenge[3], challenge[1], iterations);
            byte[] proof = Scram.clientProof(password, Base64.getDecoder().decode(challenge[1]), iterations, authMessage);
            String ok = command("AUTH " + Scram.b64(proof));
            assertTrue(ok, ok.startsWith("LOGIN OK "));
        }

        /** Sends one command and reads up to its reply (notifications before it are skipped). */
        String command(String body) throws IOException {
            out.write(("#c " + body + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#c ")) {
                    return line.substring(3);
                }
            }
            throw new AssertionError("connection closed before the reply to " + body);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    public void aClientThatStopsReadingIsCutOffAndTheOthersAreServed() throws Exception {
        int commands = 20_000;
        try (TestClient james = fx.james(); RawSession stuck = new RawSession(fx.address, "austin_powers", "Mojo!1967")) {
            String about = "Yeah, baby! ".repeat(160).strip();
            assertEquals("PROFILE ABOUT " + about, stuck.command("SET PROFILE ABOUT " + about));
            // ~2 kB replies for 20000 commands (40 MB) that the client never reads: far more than any buffer
            Thread writer = new Thread(() -> {
                try {
                    for (int i = 0; i < commands; i++) {
                        stuck.out.write(("#g" + i + " GET PROFILE ABOUT\n").getBytes(StandardCharsets.UTF_8));
                    }
                    stuck.out.flush();
                } catch (IOException e) {
                    // the server cut the connection off while we were still writing: expected
                }
            }, "stuck-writer");
            writer.start();
            // the server gives up on the session: its buddy sees it go offline ...
            james.await("USER austin_powers ONLINESTATUS OFFLINE");
            // ... and the other session is served all along
            assertEquals("PONG", james.command("PING"));
            assertEquals("PROFILE FULLNAME James Bond", james.command("GET PROFILE FULLNAME"));
            writer.join(TestClient.WAIT_MILLIS);
            // reading now, the stuck client finds the end of the stream before all its replies
            int replies = 0;
            try {
                String line;
                while ((line = stuck.in.readLine()) != null) {
                    if (line.startsWith("#g")) {
                        replies++;
                    }
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the server never closed the connection of a client that did not read");
            } catch (IOException e) {
                // reset by the server: closed as well
            }
            assertTrue(replies + " replies of " + commands, replies < commands);
        }
        // the account can come back
        try (TestClient austin = fx.austin()) {
            assertEquals("PONG", austin.command("PING"));
        }
    }

    @Test
    public void randomBytesGetErrorsOrADisconnectAndOtherSessionsKeepWorking() throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        try (TestClient james = fx.james()) {
            for (int round = 0; round < 20; round++) {
                boolean loggedIn = random.nextBoolean();
                try (TestClient noise = loggedIn ? fx.austin() : fx.connect()) {
                    byte[] bytes = new byte[1 + random.nextInt(64 * 1024)];
                    random.nextBytes(bytes);
                    if (random.nextInt(4) == 0) {
                        // one endless line: answered "line too long", then cut off
                        for (int i = 0; i < bytes.length; i++) {
                            if (bytes[i] == '\n') {
                                bytes[i] = 'x';
                            }
                        }
                        bytes = java.util.Arrays.copyOf(bytes, Protocol.MAX_LINE_BYTES + 1 + random.nextInt(1024));
                        java.util.Arrays.fill(bytes, bytes.length / 2, bytes.length, (byte) 'y');
                    }
                    noise.rawBytes(bytes);
                    noise.raw("\n#last PING\n");
                    String context = "seed " + seed + ", round " + round + " (" + bytes.length + " bytes)";
                    if (bytes.length > Protocol.MAX_LINE_BYTES && noNewline(bytes)) {
                        noise.await("ERROR 2 line too long (max 16384 bytes)");
                        noise.awaitClosed();
                    } else {
                        // every random line was answered (or ignored) and the connection still works
                        String pong = noise.await(l -> l.startsWith("#last ") || l.startsWith("ERROR 2 "));
                        assertTrue(context + ": " + pong, pong.equals("#last PONG")
                                || pong.startsWith("ERROR 2 line too long"));
                    }
                    for (String line : noise.history()) {
                        assertTrue(context + ": unexpected line " + line, line.startsWith("HELLO ")
                                || line.startsWith("ERROR ") || line.startsWith("#") || line.startsWith("USERSTATUS ")
                                || line.startsWith("USER ") || line.startsWith("PROFILE "));
                    }
                }
                assertEquals("seed " + seed, "PONG", james.command("PING"));
            }
            assertEquals("PROFILE FULLNAME James Bond", james.command("GET PROFILE FULLNAME"));
        }
    }

    private static boolean noNewline(byte[] bytes) {
        for (byte b : bytes) {
            if (b == '\n') {
                return false;
            }
        }
        return true;
    }

    /** Words of the protocol (and some that are not) for commands put together at random. */
    private static final List<String> WORDS = List.of("GET", "SET", "ALTER", "CALL", "SEARCH", "PROFILE", "USER",
            "USERS", "USERSTATUS", "FRIENDS", "USERSWAITINGMYAUTHORIZATION", "BUDDYSTATUS", "ISAUTHORIZED", "ISBLOCKED",
            "AUTHREQUEST", "IGNORE", "TRUE", "FALSE", "ANSWER", "HANGUP", "REJECT", "BUSY", "HOLD", "RESUME", "TRANSFER",
            "MEDIA", "TCP", "RELAY", "127.0.0.1:40002", "127.0.0.1:0", "999.1.1.1:5", "CODECS", "0", "8", "18", "101",
            "0,8", ",", "-1", "99999999999999999999", "1", "2", "3", "james_bond", "austin_powers", "echo123",
            "+12564286000", "+15550000001", "+", "nobody", "TOPIC", "TOKEN", "FULLNAME", "BIRTHDAY", "19450328",
            "GENDER", "ABOUT", "MOOD_TEXT", "PSTN_BALANCE", "CALL_FORWARD", "OFF", "VOICEMAIL", "ONLINE", "INVISIBLE",
            "PSTN", "ADMIN", "LOGIN", "AUTH", "PBX", "DESKTOP", "PING", "RTP", "STATUS", "DURATION", "ü", "日本");

    @Test
    public void commandsPutTogetherAtRandomAreAllAnswered() throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        try (TestClient james = fx.james(); TestClient austin = fx.austin()) {
            for (int i = 0; i < 3000; i++) {
                StringBuilder command = new StringBuilder(WORDS.get(random.nextInt(WORDS.size())));
                int words = random.nextInt(7);
                for (int w = 0; w < words; w++) {
                    command.append(' ').append(WORDS.get(random.nextInt(WORDS.size())));
                }
                // protocol: every command gets its reply or an ERROR, whatever its words
                String reply = austin.command(command.toString());
                assertTrue("seed " + seed + ": '" + command + "' got '" + reply + "'",
                        !reply.isEmpty() && !reply.startsWith("ERROR 500 "));
                if (i % 500 == 0) {
                    assertEquals("seed " + seed, "PONG", james.command("PING"));
                }
            }
            assertEquals("seed " + seed, "PONG", austin.command("PING"));
            assertEquals("seed " + seed, "PONG", james.command("PING"));
        }
    }
}
