package org.strowger.community.server.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Rule;
import org.junit.Test;

/** Profiles, availability, buddies and presence fan-out over real sockets (protocol sections 4-6). */
public class PresenceTest {
    @Rule
    public final ServerFixture fx = new ServerFixture();

    @Test
    public void presenceReachesAuthorisedBuddiesOnlyAndInvisibleIsOffline() throws Exception {
        try (TestClient james = fx.james(); TestClient felix = fx.felix(); TestClient austin = fx.austin()) {
            // james and austin are buddies (authorised both ways); felix is a stranger to both
            james.await("USER austin_powers ONLINESTATUS ONLINE");
            assertEquals("USER austin_powers ONLINESTATUS ONLINE", james.command("GET USER austin_powers ONLINESTATUS"));
            assertEquals("USER austin_powers ONLINESTATUS OFFLINE", felix.command("GET USER austin_powers ONLINESTATUS"));

            assertEquals("USERSTATUS AWAY", austin.command("SET USERSTATUS AWAY"));
            james.await("USER austin_powers ONLINESTATUS AWAY");
            assertEquals("PROFILE MOOD_TEXT Yeah, baby!", austin.command("SET PROFILE MOOD_TEXT Yeah, baby!"));
            james.await("USER austin_powers MOOD_TEXT Yeah, baby!");

            assertEquals("USERSTATUS INVISIBLE", austin.command("SET USERSTATUS INVISIBLE"));
            james.await("USER austin_powers ONLINESTATUS OFFLINE");
            assertEquals("USER austin_powers ONLINESTATUS OFFLINE", james.command("GET USER austin_powers ONLINESTATUS"));

            // felix saw none of it (a PING reply proves everything sent before it has arrived)
            felix.command("PING");
            assertFalse(felix.received().toString(), felix.has(l -> l.startsWith("USER austin_powers")));
        }
    }

    @Test
    public void allSessionsOfAnAccountSeeItsChangesAndLogoutShowsOffline() throws Exception {
        try (TestClient james = fx.james(); TestClient austin1 = fx.austin()) {
            james.await("USER austin_powers ONLINESTATUS ONLINE");
            try (TestClient austin2 = fx.austin()) {
                assertEquals("USERSTATUS DND", austin2.command("SET USERSTATUS DND"));
                austin1.await("USERSTATUS DND");
                james.await("USER austin_powers ONLINESTATUS DND");
                assertEquals("PROFILE CITY London", austin1.command("SET PROFILE CITY London"));
                austin2.await("PROFILE CITY London");
            }
            // one session left: still shown
            austin1.command("PING");
            james.command("PING");
            assertFalse(james.has(l -> l.equals("USER austin_powers ONLINESTATUS OFFLINE")));
        }
        try (TestClient james = fx.james()) {
            assertEquals("USER austin_powers ONLINESTATUS OFFLINE", james.command("GET USER austin_powers ONLINESTATUS"));
        }
    }

    @Test
    public void profileRules() throws Exception {
        try (TestClient james = fx.james()) {
            assertEquals("PROFILE FULLNAME James Bond", james.command("GET PROFILE FULLNAME"));
            assertEquals("PROFILE PSTN_BALANCE 5000", james.command("GET PROFILE PSTN_BALANCE"));
            assertEquals("PROFILE SKYPEIN_NUMBERS +3227773333", james.command("GET PROFILE SKYPEIN_NUMBERS"));
            assertTrue(james.command("SET PROFILE PSTN_BALANCE 999999").startsWith("ERROR 7 "));
            assertEquals("ERROR 8 unknown property SHOE_SIZE", james.command("GET PROFILE SHOE_SIZE"));
            assertTrue(james.command("SET PROFILE BIRTHDAY 1968-04-13").startsWith("ERROR 4 "));
            assertEquals("PROFILE BIRTHDAY 19680413", james.command("SET PROFILE BIRTHDAY 19680413"));
            assertEquals("PROFILE ABOUT ", james.command("SET PROFILE ABOUT"));
            // the grammar keeps the value; the store trims its ends (protocol section 4), inner spaces stay
            assertEquals("PROFILE ABOUT two  spaces", james.command("SET PROFILE ABOUT  two  spaces "));
            assertEquals("ERROR 404 no such user dr_no_such", james.command("GET USER dr_no_such FULLNAME"));
        }
    }

    @Test
    public void authorisationRequestAcceptAndBlock() throws Exception {
        try (TestClient felix = fx.felix(); TestClient james = fx.james()) {
            assertEquals("USER james_bond BUDDYSTATUS 2", felix.command("SET USER james_bond BUDDYSTATUS 2 Let us work together"));
            james.await("USER felix_leiter RECEIVEDAUTHREQUEST Let us work together");
            assertEquals("USERS felix_leiter", james.command("SEARCH USERSWAITINGMYAUTHORIZATION"));
            assertEquals("USER felix_leiter ISAUTHORIZED TRUE", james.command("SET USER felix_leiter ISAUTHORIZED TRUE"));
            felix.await("USER james_bond ISAUTHORIZED TRUE");
            felix.await("USER james_bond BUDDYSTATUS 3");
            felix.await("USER james_bond ONLINESTATUS ONLINE");
            assertTrue(james.command("SEARCH FRIENDS").contains("felix_leiter"));

            // a block hides presence both ways and refuses calls
            assertEquals("USER felix_leiter ISBLOCKED TRUE", james.command("SET USER felix_leiter ISBLOCKED TRUE"));
            felix.await("USER james_bond ONLINESTATUS OFFLINE");
            String id = felix.send("CALL james_bond MEDIA 127.0.0.1:40000 CODECS 0");
            String callId = felix.reply(id).split(" ")[1];
            felix.await("CALL " + callId + " STATUS REFUSED");
        }
    }
}
