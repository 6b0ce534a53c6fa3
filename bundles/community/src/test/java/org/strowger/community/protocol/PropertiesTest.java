package org.strowger.community.protocol;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.net.InetSocketAddress;
import java.util.List;

import org.junit.Test;

public class PropertiesTest {

    private static ProtocolException refused(ProfileProperty p, String value) {
        try {
            p.validate(value);
        } catch (ProtocolException e) {
            return e;
        }
        throw new AssertionError(p + " accepted " + value);
    }

    @Test
    public void readOnlyPropertiesAreRefusedWithError7() {
        for (ProfileProperty p : new ProfileProperty[] {ProfileProperty.PSTN_BALANCE,
            ProfileProperty.PSTN_BALANCE_CURRENCY, ProfileProperty.SKYPEIN_NUMBERS}) {
            ProtocolException e = refused(p, "1");
            assertEquals(ErrorCode.READ_ONLY, e.code());
            assertEquals("ERROR 7 property " + p + " is read-only", e.toReply());
        }
    }

    @Test
    public void valuesFollowTheirSyntax() throws Exception {
        assertEquals("19680413", ProfileProperty.BIRTHDAY.validate("19680413"));
        assertEquals("", ProfileProperty.BIRTHDAY.validate(""));
        for (String bad : new String[] {"19680230", "1968-04-13", "680413", "x"}) {
            assertEquals(ErrorCode.INVALID_ARGUMENT, refused(ProfileProperty.BIRTHDAY, bad).code());
        }
        ProfileProperty.GENDER.validate("0");
        ProfileProperty.GENDER.validate("2");
        assertEquals("ERROR 4 invalid value for GENDER: 0 (unknown), 1 (male) or 2 (female)",
                refused(ProfileProperty.GENDER, "3").toReply());
        ProfileProperty.VOICEMAIL.validate("TRUE");
        refused(ProfileProperty.VOICEMAIL, "yes");
        ProfileProperty.CALL_FORWARD.validate("OFF");
        ProfileProperty.CALL_FORWARD.validate("20 austin_powers");
        ProfileProperty.CALL_FORWARD.validate("0 +12564286000");
        for (String bad : new String[] {"off", "20", "x austin_powers", "601 austin_powers", "20 bad name"}) {
            refused(ProfileProperty.CALL_FORWARD, bad);
        }
        assertNull(CallForward.parse("OFF"));
        assertEquals(new CallForward(20, "austin_powers"),
                CallForward.parse("20 austin_powers"));
        ProfileProperty.MOOD_TEXT.validate("");
        assertTrue(ProfileProperty.EMAIL.visibleToOthers());
        assertFalse(ProfileProperty.CALL_FORWARD.visibleToOthers());
        assertFalse(ProfileProperty.PSTN_BALANCE.visibleToOthers());
    }

    @Test
    public void unknownTokensAreNamed() {
        try {
            ProfileProperty.parse("SHOE_SIZE");
            fail();
        } catch (ProtocolException e) {
            assertEquals("ERROR 8 unknown property SHOE_SIZE", e.toReply());
        }
        try {
            Availability.parse("BUSY");
            fail();
        } catch (ProtocolException e) {
            assertEquals(ErrorCode.INVALID_ARGUMENT, e.code());
            assertTrue(e.getMessage().contains("ONLINE AWAY NA DND INVISIBLE SKYPEME OFFLINE"));
        }
    }

    @Test
    public void invisibleAndOfflineShowAsOffline() {
        assertEquals(OnlineStatus.OFFLINE, Availability.INVISIBLE.shown());
        assertEquals(OnlineStatus.OFFLINE, Availability.OFFLINE.shown());
        assertEquals(OnlineStatus.DND, Availability.DND.shown());
        assertEquals(OnlineStatus.SKYPEME, Availability.SKYPEME.shown());
    }

    @Test
    public void callStatusesKnowWhichAreFinal() {
        for (CallStatus s : CallStatus.values()) {
            boolean expected = List.of("FINISHED", "BUSY", "NOANSWER", "FAILED", "REFUSED", "CANCELLED", "MISSED",
                    "TRANSFERRED").contains(s.name());
            assertEquals(s.name(), expected, s.isFinal());
        }
        assertTrue(CallStatus.REMOTEHOLD.isTalking());
        assertFalse(CallStatus.RINGING.isTalking());
    }

    @Test
    public void buddyStatusTokensAreNumbers() throws Exception {
        assertEquals(BuddyStatus.PENDING, BuddyStatus.parse("2"));
        assertEquals("3", BuddyStatus.ADDED.token());
        try {
            BuddyStatus.parse("4");
            fail();
        } catch (ProtocolException e) {
            assertEquals(ErrorCode.INVALID_ARGUMENT, e.code());
        }
    }

    @Test
    public void namesFollowSkypesRule() {
        assertTrue(Names.isAccount("james_bond"));
        assertTrue(Names.isAccount("echo123"));
        assertFalse(Names.isAccount("bond"));
        assertFalse(Names.isAccount("1james"));
        assertFalse(Names.isAccount("james bond"));
        assertFalse(Names.isAccount("x".repeat(33)));
        assertTrue(Names.isPhoneNumber("+12564286000"));
        assertFalse(Names.isPhoneNumber("12564286000"));
        assertFalse(Names.isPhoneNumber("+12"));
        assertFalse(Names.isPhoneNumber("+1234567890123456"));
    }

    @Test
    public void mediaAddressesAndCodecs() throws Exception {
        assertEquals(new InetSocketAddress("127.0.0.1", 40000), Media.parseAddress("127.0.0.1:40000"));
        assertNull(Media.parseAddress("TCP"));
        assertEquals("[0:0:0:0:0:0:0:1]:5004", Media.formatAddress(Media.parseAddress("[::1]:5004")));
        assertEquals("127.0.0.1:40000", Media.formatAddress(Media.parseAddress("127.0.0.1:40000")));
        for (String bad : new String[] {"localhost:4000", "127.0.0.1", "127.0.0.1:0", "127.0.0.1:70000", "256.1.1.1:5",
            "1.2.3:5", "[zz]:5", "tcp"}) {
            try {
                Media.parseAddress(bad);
                fail(bad);
            } catch (ProtocolException e) {
                assertEquals(ErrorCode.INVALID_ARGUMENT, e.code());
            }
        }
        assertEquals(List.of(18, 0, 8), Media.parseCodecs("18,0,8"));
        assertEquals("18,0,8", Media.formatCodecs(List.of(18, 0, 8)));
        for (String bad : new String[] {"", "0,", "0,0", "3", "101", "a"}) {
            try {
                Media.parseCodecs(bad);
                fail(bad);
            } catch (ProtocolException e) {
                assertEquals(ErrorCode.INVALID_ARGUMENT, e.code());
            }
        }
        // the caller's preference wins
        assertEquals(8, Media.negotiate(List.of(8, 0), List.of(0, 8)));
        assertEquals(0, Media.negotiate(List.of(18, 0), List.of(0)));
        assertEquals(-1, Media.negotiate(List.of(18), List.of(0, 8)));
    }
}
