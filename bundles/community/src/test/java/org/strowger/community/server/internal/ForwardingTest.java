package org.strowger.community.server.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Rule;
import org.junit.Test;

/** CALL_FORWARD and VOICEMAIL (protocol section 7, routing). */
public class ForwardingTest {
    @Rule
    public final ServerFixture fx = new ServerFixture();

    @Test
    public void unansweredCallIsForwardedAfterItsSeconds() throws Exception {
        try (TestClient felix = fx.felix(); TestClient james = fx.james(); TestClient austin = fx.austin()) {
            assertEquals("PROFILE CALL_FORWARD 1 james_bond", felix.command("SET PROFILE CALL_FORWARD 1 james_bond"));
            String a = austin.placeCall("felix_leiter MEDIA 127.0.0.1:40002 CODECS 0");
            String f = felix.awaitRinging();
            felix.await("CALL " + f + " STATUS MISSED");
            String j = james.awaitRinging();
            james.await("CALL " + j + " PARTNER_HANDLE austin_powers");
            james.await("CALL " + j + " FORWARDED_BY felix_leiter");
            james.command("ALTER CALL " + j + " ANSWER MEDIA 127.0.0.1:40004 CODECS 0");
            austin.await("CALL " + a + " MEDIA 127.0.0.1:40004 CODEC 0");
            austin.await("CALL " + a + " STATUS INPROGRESS");
            assertEquals("CALL " + j + " FORWARDED_BY felix_leiter", james.command("GET CALL " + j + " FORWARDED_BY"));
        }
    }

    @Test
    public void offlineCalleeForwardsAtOnceOrFailsWithVoicemail() throws Exception {
        try (TestClient felix = fx.felix()) {
            felix.command("SET PROFILE CALL_FORWARD 30 james_bond");
        }
        try (TestClient james = fx.james(); TestClient austin = fx.austin()) {
            String a = austin.placeCall("felix_leiter MEDIA 127.0.0.1:40002 CODECS 0");
            String j = james.awaitRinging();
            james.await("CALL " + j + " FORWARDED_BY felix_leiter");
            austin.await("CALL " + a + " STATUS RINGING");
            austin.command("ALTER CALL " + a + " HANGUP");
            austin.await("CALL " + a + " STATUS CANCELLED");
            james.await("CALL " + j + " STATUS MISSED");
        }
        try (TestClient felix = fx.felix()) {
            felix.command("SET PROFILE CALL_FORWARD OFF");
            felix.command("SET PROFILE VOICEMAIL TRUE");
        }
        try (TestClient austin = fx.austin()) {
            String a = austin.placeCall("felix_leiter MEDIA 127.0.0.1:40002 CODECS 0");
            austin.await("CALL " + a + " FAILUREREASON 3 user offline (voicemail)");
            austin.await("CALL " + a + " STATUS FAILED");
        }
    }
}
