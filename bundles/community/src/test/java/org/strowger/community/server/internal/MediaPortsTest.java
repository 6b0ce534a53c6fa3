package org.strowger.community.server.internal;

import java.net.DatagramSocket;
import java.net.InetAddress;

import org.junit.Rule;
import org.junit.Test;

/** When every port of rtp_ports is taken, a call that needs one fails cleanly and the port comes back. */
public class MediaPortsTest {
    private static final int PORT = freePort();

    @Rule
    public final ServerFixture fx = new ServerFixture(s -> s.withRtpPorts(PORT, PORT));

    /** A UDP port free on the RTP address: media ports are UDP (a free TCP port may be a busy UDP port). */
    private static int freePort() {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String ECHO_CALL = "echo123 MEDIA 127.0.0.1:40002 CODECS 0";

    @Test
    public void exhaustedPortRangeFailsTheCallAndHangupFreesThePort() throws Exception {
        try (TestClient austin = fx.austin()) {
            String first = austin.placeCall(ECHO_CALL);
            austin.await("CALL " + first + " MEDIA 127.0.0.1:" + PORT + " CODEC 0");
            austin.await("CALL " + first + " STATUS INPROGRESS");
            String second = austin.placeCall(ECHO_CALL);
            austin.await("CALL " + second + " FAILUREREASON 1 no free media port on the server");
            austin.await("CALL " + second + " STATUS FAILED");
            austin.command("ALTER CALL " + first + " HANGUP");
            austin.await("CALL " + first + " STATUS FINISHED");
            String third = austin.placeCall(ECHO_CALL);
            austin.await("CALL " + third + " STATUS INPROGRESS");
        }
    }
}
