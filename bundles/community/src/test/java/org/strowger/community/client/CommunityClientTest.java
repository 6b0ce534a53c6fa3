package org.strowger.community.client;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.strowger.community.media.PayloadType;
import org.strowger.community.protocol.CallStatus;
import org.strowger.community.protocol.LoginMode;
import org.strowger.community.protocol.Scram;

/**
 * The client against a scripted fake server on a real socket: the test plays the server's side of the
 * protocol line by line.
 */
public class CommunityClientTest {

    private ServerSocket server;
    private Socket peer;
    private BufferedReader fromClient;
    private PrintWriter toClient;
    private CommunityClient client;

    @Before
    public void start() throws Exception {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        CompletableFuture<Void> accepted = CompletableFuture.runAsync(() -> {
            try {
                peer = server.accept();
                fromClient = new BufferedReader(new InputStreamReader(peer.getInputStream(), StandardCharsets.UTF_8));
                toClient = new PrintWriter(peer.getOutputStream(), true, StandardCharsets.UTF_8);
                toClient.print("HELLO STROWGER-COMMUNITY 1 9.9\n");
                toClient.flush();
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        client = CommunityClient.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()),
                ClientOptions.defaults().withCommandTimeout(Duration.ofSeconds(10)).withPingInterval(Duration.ZERO));
        accepted.get(10, TimeUnit.SECONDS);
    }

    @After
    public void stop() throws Exception {
        client.close();
        server.close();
        if (peer != null) {
            peer.close();
        }
    }

    private String[] expect(String commandWithoutId) throws IOException {
        String line = fromClient.readLine();
        assertTrue("line '" + line + "'", line.startsWith("#"));
        int space = line.indexOf(' ');
        assertEquals(commandWithoutId, line.substring(space + 1));
        return new String[] {line.substring(1, space), line.substring(space + 1)};
    }

    private void say(String line) {
        toClient.print(line + "\n");
        toClient.flush();
    }

    @Test
    public void readsTheServerVersionFromHello() {
        assertEquals("9.9", client.serverVersion());
    }

    /** Plays the server's side of the login with keys derived from {@code password}; returns whether the proof was right. */
    private boolean serveLogin(String user, String password, boolean signCorrectly) throws Exception {
        Scram.Credentials keys = Scram.Credentials.derive(password);
        String line = fromClient.readLine();
        String[] w = line.split(" ");
        assertEquals("LOGIN", w[1]);
        assertEquals(user, w[2]);
        assertEquals("DESKTOP", w[3]);
        String combined = Scram.combineNonce(Scram.unb64(w[4], "nonce"));
        String salt = Scram.b64(keys.salt());
        say(w[0] + " CHALLENGE " + salt + " " + keys.iterations() + " " + combined);
        String auth = fromClient.readLine();
        String[] a = auth.split(" ");
        assertEquals("AUTH", a[1]);
        String authMessage = Scram.authMessage(user, w[4], combined, salt, keys.iterations());
        boolean ok = Scram.verifyClientProof(keys.storedKey(), authMessage, Scram.unb64(a[2], "proof"));
        byte[] signature = Scram.serverSignature(signCorrectly ? keys.serverKey() : new byte[32], authMessage);
        say(a[0] + (ok ? " LOGIN OK " + user + " " + Scram.b64(signature) : " ERROR 401 wrong user name or password"));
        return ok;
    }

    @Test
    public void logsInWithAProofAndChecksTheServersSignature() throws Exception {
        CompletableFuture<String> login = client.login("austin_powers", "Yeah baby!", LoginMode.DESKTOP);
        assertTrue(serveLogin("austin_powers", "Yeah baby!", true));
        assertEquals("austin_powers", login.get(10, TimeUnit.SECONDS));
        assertEquals("austin_powers", client.user());
    }

    @Test
    public void aServerThatCannotSignIsHungUpOn() throws Exception {
        CompletableFuture<String> login = client.login("austin_powers", "Yeah baby!", LoginMode.DESKTOP);
        serveLogin("austin_powers", "Yeah baby!", false);
        try {
            login.get(10, TimeUnit.SECONDS);
            fail();
        } catch (ExecutionException e) {
            assertTrue(e.getCause().getMessage().contains("signature is wrong"));
        }
        assertNull("the connection was closed", fromClient.readLine());
        assertNull(client.user());
    }

    @Test
    public void aWrongPasswordIsA401() throws Exception {
        CompletableFuture<String> login = client.login("austin_powers", "wrong", LoginMode.DESKTOP);
        // the fake server holds the keys of the right password
        Scram.Credentials keys = Scram.Credentials.derive("Yeah baby!");
        assertEquals(false, serveLoginWith(keys));
        try {
            login.get(10, TimeUnit.SECONDS);
            fail();
        } catch (ExecutionException e) {
            assertEquals(401, ((CommunityException) e.getCause()).code());
        }
    }

    private boolean serveLoginWith(Scram.Credentials keys) throws Exception {
        String[] w = fromClient.readLine().split(" ");
        String combined = Scram.combineNonce(Scram.unb64(w[4], "nonce"));
        String salt = Scram.b64(keys.salt());
        say(w[0] + " CHALLENGE " + salt + " " + keys.iterations() + " " + combined);
        String[] a = fromClient.readLine().split(" ");
        String authMessage = Scram.authMessage(w[2], w[4], combined, salt, keys.iterations());
        boolean ok = Scram.verifyClientProof(keys.storedKey(), authMessage, Scram.unb64(a[2], "proof"));
        say(a[0] + (ok ? " LOGIN OK x y" : " ERROR 401 wrong user name or password"));
        return ok;
    }

    @Test
    public void correlatesRepliesByIdEvenOutOfOrder() throws Exception {
        CompletableFuture<String> mood = client.getProfile("MOOD_TEXT");
        CompletableFuture<String> status = client.getUserStatus();
        String[] first = expect("GET PROFILE MOOD_TEXT");
        String[] second = expect("GET USERSTATUS");
        say("#" + second[0] + " USERSTATUS AWAY");
        say("#" + first[0] + " PROFILE MOOD_TEXT shaken,  not stirred ");
        assertEquals("AWAY", status.get(10, TimeUnit.SECONDS));
        assertEquals("values keep their spaces", "shaken,  not stirred ", mood.get(10, TimeUnit.SECONDS));
    }

    @Test
    public void errorsBecomeExceptionsWithCodeAndText() throws Exception {
        CompletableFuture<String> f = client.getUser("dr_evil", "FULLNAME");
        String[] c = expect("GET USER dr_evil FULLNAME");
        say("#" + c[0] + " ERROR 404 no such user dr_evil");
        try {
            f.get(10, TimeUnit.SECONDS);
            fail();
        } catch (ExecutionException e) {
            CommunityException ce = (CommunityException) e.getCause();
            assertEquals(404, ce.code());
            assertEquals("no such user dr_evil", ce.text());
        }
    }

    @Test
    public void aCommandWithoutReplyTimesOut() throws Exception {
        // a second fake server that greets and then never answers
        CompletableFuture<Socket> silent = CompletableFuture.supplyAsync(() -> {
            try {
                Socket s = server.accept();
                s.getOutputStream().write("HELLO STROWGER-COMMUNITY 1 9.9\n".getBytes(StandardCharsets.UTF_8));
                return s;
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        try (CommunityClient impatient = CommunityClient.connect(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()),
                ClientOptions.defaults().withCommandTimeout(Duration.ofMillis(200)).withPingInterval(Duration.ZERO))) {
            CompletableFuture<String> f = impatient.getUserStatus();
            try {
                f.get(10, TimeUnit.SECONDS);
                fail();
            } catch (ExecutionException e) {
                assertTrue(e.getCause() instanceof TimeoutException);
            }
        } finally {
            silent.get(10, TimeUnit.SECONDS).close();
        }
    }

    @Test
    public void listsAndTypedNotifications() throws Exception {
        BlockingQueue<String> seen = new LinkedBlockingQueue<>();
        client.addListener(new CommunityListener() {
            @Override
            public void onUser(UserEvent event) {
                seen.add("user " + event.user() + "|" + event.property() + "|" + event.value());
            }

            @Override
            public void onProfile(String property, String value) {
                seen.add("profile " + property + "|" + value);
            }

            @Override
            public void onUserStatus(String availability) {
                seen.add("status " + availability);
            }

            @Override
            public void onLine(String line) {
                seen.add("line " + line);
            }
        });
        CompletableFuture<List<String>> friends = client.searchFriends();
        String[] c = expect("SEARCH FRIENDS");
        say("USER james_bond RECEIVEDAUTHREQUEST let me in, please");
        say("PROFILE PSTN_BALANCE 4990");
        say("USERSTATUS DND");
        say("#" + c[0] + " USERS james_bond, echo123, +12564286000");
        assertEquals(List.of("james_bond", "echo123", "+12564286000"), friends.get(10, TimeUnit.SECONDS));
        assertEquals("line USER james_bond RECEIVEDAUTHREQUEST let me in, please", seen.poll(10, TimeUnit.SECONDS));
        assertEquals("user james_bond|RECEIVEDAUTHREQUEST|let me in, please", seen.poll(10, TimeUnit.SECONDS));
        assertEquals("line PROFILE PSTN_BALANCE 4990", seen.poll(10, TimeUnit.SECONDS));
        assertEquals("profile PSTN_BALANCE|4990", seen.poll(10, TimeUnit.SECONDS));
        assertEquals("line USERSTATUS DND", seen.poll(10, TimeUnit.SECONDS));
        assertEquals("status DND", seen.poll(10, TimeUnit.SECONDS));

        CompletableFuture<List<String>> empty = client.usersWaitingMyAuthorization();
        c = expect("SEARCH USERSWAITINGMYAUTHORIZATION");
        say("#" + c[0] + " USERS ");
        assertEquals(List.of(), empty.get(10, TimeUnit.SECONDS));
    }

    @Test
    public void anIncomingCallIsAnnouncedWithItsPropertiesAndAnsweredWithMedia() throws Exception {
        BlockingQueue<CallLeg> ringing = new LinkedBlockingQueue<>();
        client.addListener(new CommunityListener() {
            @Override
            public void onIncomingCall(CallLeg leg) {
                ringing.add(leg);
            }
        });
        say("CALL 17 PARTNER_HANDLE james_bond");
        say("CALL 17 PARTNER_DISPNAME James Bond");
        say("CALL 17 TYPE INCOMING_P2P");
        say("CALL 17 CODECS 8,0");
        say("CALL 17 TOPIC license to kill");
        say("CALL 17 STATUS RINGING");
        CallLeg leg = ringing.poll(10, TimeUnit.SECONDS);
        assertEquals("17", leg.id());
        assertEquals(CallLeg.Direction.INCOMING, leg.direction());
        assertEquals("james_bond", leg.partner());
        assertEquals("James Bond", leg.partnerDisplayName());
        assertEquals("license to kill", leg.topic());
        assertEquals(CallStatus.RINGING, leg.status());

        CompletableFuture<Void> answer = leg.answer(CallOptions.defaults().withCodecs(List.of(PayloadType.PCMA)));
        String line = fromClient.readLine();
        assertTrue(line, line.matches("#\\d+ ALTER CALL 17 ANSWER MEDIA 127\\.0\\.0\\.1:\\d+ CODECS 8"));
        String id = line.substring(1, line.indexOf(' '));
        say("#" + id + " ALTER CALL 17 ANSWER");
        say("CALL 17 MEDIA 127.0.0.1:40000 CODEC 8");
        say("CALL 17 STATUS INPROGRESS");
        answer.get(10, TimeUnit.SECONDS);
        assertSame(leg, leg.answered().get(10, TimeUnit.SECONDS));
        assertEquals(PayloadType.PCMA, leg.codec());
        assertEquals(40000, leg.rtp().remote().getPort());
        say("CALL 17 DURATION 3");
        say("CALL 17 STATUS FINISHED");
        assertEquals(CallStatus.FINISHED, leg.ended().get(10, TimeUnit.SECONDS));
        assertEquals(3, leg.durationSeconds());
        assertTrue("media closed with the call", leg.rtp().isClosed());
    }

    @Test
    public void anOutgoingCallIsRegisteredBeforeItsFirstNotification() throws Exception {
        CompletableFuture<CallLeg> placed = client.call("echo123", CallOptions.defaults().withMedia(MediaMode.TCP).withTopic("a b"));
        String line = fromClient.readLine();
        assertTrue(line, line.matches("#\\d+ CALL echo123 MEDIA TCP CODECS 0,8 TOPIC a b"));
        String id = line.substring(1, line.indexOf(' '));
        // the reply and the first notifications in one write: the leg must already know id 5
        say("#" + id + " CALL 5 STATUS ROUTING\nCALL 5 STATUS RINGING\nCALL 5 MEDIA RELAY CODEC 0\nCALL 5 STATUS INPROGRESS");
        CallLeg leg = placed.get(10, TimeUnit.SECONDS);
        leg.answered().get(10, TimeUnit.SECONDS);
        assertEquals("5", leg.id());
        assertEquals("RELAY", leg.peerMedia());
        // relayed media: our frame goes out as an RTP line with our leg's id
        leg.sendAudio(new byte[160]);
        String relay = fromClient.readLine();
        assertTrue(relay, relay.startsWith("RTP 5 "));
        // and an RTP line for leg 5 comes back as audio
        BlockingQueue<Integer> audio = new LinkedBlockingQueue<>();
        leg.addListener(new CallListener() {
            @Override
            public void onAudio(CallLeg l, PayloadType type, org.strowger.community.media.RtpPacket packet) {
                audio.add(packet.payloadLength());
            }
        });
        say(relay);
        assertEquals(Integer.valueOf(160), audio.poll(10, TimeUnit.SECONDS));
    }

    @Test
    public void aLostConnectionFailsPendingCommandsEndsCallsAndTellsListeners() throws Exception {
        BlockingQueue<Object> disconnects = new LinkedBlockingQueue<>();
        client.addListener(new CommunityListener() {
            @Override
            public void onDisconnect(Throwable cause) {
                disconnects.add(cause == null ? "none" : cause);
            }
        });
        say("CALL 3 PARTNER_HANDLE james_bond");
        say("CALL 3 STATUS RINGING");
        CompletableFuture<String> f = client.getUserStatus();
        expect("GET USERSTATUS");
        peer.close();
        try {
            f.get(10, TimeUnit.SECONDS);
            fail();
        } catch (ExecutionException e) {
            assertEquals(CommunityException.CONNECTION_CLOSED, ((CommunityException) e.getCause()).code());
        }
        assertTrue(disconnects.poll(10, TimeUnit.SECONDS) instanceof IOException);
        CallLeg leg = client.leg("3");
        assertEquals(CallStatus.FINISHED, leg.ended().get(10, TimeUnit.SECONDS));
        assertEquals("7 connection lost", leg.failureReason());
        assertTrue(!client.isConnected());
        assertNull(client.user());
    }

    @Test
    public void rejectsValuesThatWouldBreakTheLineGrammar() {
        try {
            client.setProfile("ABOUT", "two\nlines");
            fail();
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("line breaks"));
        }
        try {
            client.getUser("two words", "FULLNAME");
            fail();
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("one word"));
        }
    }

    @Test
    public void parsesServerAddresses() {
        assertEquals(new InetSocketAddress("127.0.0.1", 2729), CommunityClient.parseServer("127.0.0.1"));
        assertEquals(new InetSocketAddress("127.0.0.1", 4000), CommunityClient.parseServer("127.0.0.1:4000"));
        assertEquals(new InetSocketAddress("::1", 4000), CommunityClient.parseServer("[::1]:4000"));
    }
}
