package org.strowger.api.skype;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.Test;

/**
 * The 13 strings are copied by hand from manual 4.1.2; the derivation rows follow the protocol facts of
 * the issue 7 design (BUDDYSTATUS, ISAUTHORIZED, ISBLOCKED, ONLINESTATUS, IS_VOICEMAIL_CAPABLE,
 * IS_CF_ACTIVE, +E.164 SkypeOut contacts).
 */
public class BuddyStatusTest {

    private static BuddyFacts buddy(String online) {
        return new BuddyFacts("austin_powers", BuddyFacts.ADDED, true, false, online, false, false);
    }

    @Test
    public void theThirteenStringsOfManual412InOrder() {
        List<String> manual = List.of("Waiting for Authorization", "Blocked", "Blocked Skypeout", "Skypeout", "Offline",
                "Online", "Away", "Not Available", "Do Not Disturb", "Skype Me", "Offline (Voicemail Enabled)",
                "Offline (Call Forwarding Enabled)", "Unknown");
        assertEquals(manual, Arrays.stream(BuddyStatus.values()).map(BuddyStatus::text).toList());
        assertEquals("Offline (Voicemail Enabled)", BuddyStatus.OFFLINE_VOICEMAIL_ENABLED.toString());
    }

    @Test
    public void parsesTheManualStringsIgnoringCase() {
        assertEquals(Optional.of(BuddyStatus.SKYPE_ME), BuddyStatus.parse("skype me"));
        assertEquals(Optional.of(BuddyStatus.OFFLINE_CALL_FORWARDING_ENABLED),
                BuddyStatus.parse(" Offline (Call Forwarding Enabled) "));
        assertEquals(Optional.empty(), BuddyStatus.parse("Invisible"));
        assertEquals(Optional.empty(), BuddyStatus.parse(null));
    }

    @Test
    public void authorisedBuddiesShowTheirOnlineStatus() {
        assertEquals(BuddyStatus.ONLINE, BuddyStatus.derive(buddy("ONLINE")));
        assertEquals(BuddyStatus.AWAY, BuddyStatus.derive(buddy("AWAY")));
        assertEquals(BuddyStatus.NOT_AVAILABLE, BuddyStatus.derive(buddy("NA")));
        assertEquals(BuddyStatus.DO_NOT_DISTURB, BuddyStatus.derive(buddy("DND")));
        assertEquals(BuddyStatus.SKYPE_ME, BuddyStatus.derive(buddy("SKYPEME")));
        assertEquals(BuddyStatus.OFFLINE, BuddyStatus.derive(buddy("OFFLINE")));
        assertEquals(BuddyStatus.SKYPEOUT, BuddyStatus.derive(buddy("SKYPEOUT")));
        assertEquals(BuddyStatus.UNKNOWN, BuddyStatus.derive(buddy("UNKNOWN")));
        // tokens are matched whatever their case
        assertEquals(BuddyStatus.ONLINE, BuddyStatus.derive(buddy("online")));
    }

    @Test
    public void anOnlineStatusNotKnownYetOrNotInTheProtocolIsUnknown() {
        assertEquals(BuddyStatus.UNKNOWN, BuddyStatus.derive(buddy(null)));
        assertEquals(BuddyStatus.UNKNOWN, BuddyStatus.derive(buddy("INVISIBLE")));
    }

    @Test
    public void offlineBuddiesTellVoicemailAndForwarding() {
        assertEquals(BuddyStatus.OFFLINE_VOICEMAIL_ENABLED, BuddyStatus.derive(buddy("OFFLINE").withVoicemail(true)));
        assertEquals(BuddyStatus.OFFLINE_CALL_FORWARDING_ENABLED,
                BuddyStatus.derive(buddy("OFFLINE").withCallForwarding(true)));
        // the community forwards an offline callee before voicemail could take the call
        assertEquals(BuddyStatus.OFFLINE_CALL_FORWARDING_ENABLED,
                BuddyStatus.derive(buddy("OFFLINE").withVoicemail(true).withCallForwarding(true)));
        // online buddies with voicemail or forwarding are simply online
        assertEquals(BuddyStatus.ONLINE,
                BuddyStatus.derive(buddy("ONLINE").withVoicemail(true).withCallForwarding(true)));
    }

    @Test
    public void aBuddyThatHasNotAuthorisedIsWaitingForAuthorization() {
        assertEquals(BuddyStatus.WAITING_FOR_AUTHORIZATION,
                BuddyStatus.derive(buddy("OFFLINE").withBuddyStatus(BuddyFacts.PENDING).withAuthorized(false)));
        assertEquals(BuddyStatus.WAITING_FOR_AUTHORIZATION,
                BuddyStatus.derive(buddy(null).withBuddyStatus(BuddyFacts.PENDING).withAuthorized(false)));
        // added but the authorisation withdrawn: waiting again
        assertEquals(BuddyStatus.WAITING_FOR_AUTHORIZATION,
                BuddyStatus.derive(buddy("OFFLINE").withAuthorized(false)));
        // pending means the user has not answered: waiting, even if an ISAUTHORIZED TRUE crossed on the wire
        assertEquals(BuddyStatus.WAITING_FOR_AUTHORIZATION,
                BuddyStatus.derive(buddy("AWAY").withBuddyStatus(BuddyFacts.PENDING)));
    }

    @Test
    public void blockedUsersAreBlockedWhateverElseIsTrue() {
        assertEquals(BuddyStatus.BLOCKED, BuddyStatus.derive(buddy("ONLINE").withBlocked(true)));
        assertEquals(BuddyStatus.BLOCKED,
                BuddyStatus.derive(buddy(null).withBuddyStatus(BuddyFacts.NEVER).withAuthorized(false).withBlocked(true)));
        assertEquals(BuddyStatus.BLOCKED,
                BuddyStatus.derive(buddy("OFFLINE").withVoicemail(true).withBlocked(true)));
    }

    @Test
    public void skypeOutContactsAreSkypeoutOrBlockedSkypeout() {
        BuddyFacts number = new BuddyFacts("+12564286000", BuddyFacts.ADDED, false, false, null, false, false);
        assertTrue(number.isSkypeOutContact());
        assertEquals(BuddyStatus.SKYPEOUT, BuddyStatus.derive(number));
        assertEquals(BuddyStatus.SKYPEOUT, BuddyStatus.derive(number.withOnlineStatus("SKYPEOUT").withAuthorized(true)));
        assertEquals(BuddyStatus.BLOCKED_SKYPEOUT, BuddyStatus.derive(number.withBlocked(true)));
    }

    @Test
    public void usersNotOnTheListShowNoPresence() {
        assertEquals(BuddyStatus.UNKNOWN, BuddyStatus.derive(buddy("ONLINE").withBuddyStatus(BuddyFacts.NEVER)));
        assertEquals(BuddyStatus.UNKNOWN, BuddyStatus.derive(buddy("ONLINE").withBuddyStatus(BuddyFacts.DELETED)));
    }

    @Test
    public void reachableStatusesAreTheOnlineOnesAndSkypeout() {
        assertTrue(BuddyStatus.ONLINE.isReachable());
        assertTrue(BuddyStatus.DO_NOT_DISTURB.isReachable());
        assertTrue(BuddyStatus.SKYPEOUT.isReachable());
        assertFalse(BuddyStatus.OFFLINE_VOICEMAIL_ENABLED.isReachable());
        assertFalse(BuddyStatus.BLOCKED.isReachable());
        assertFalse(BuddyStatus.WAITING_FOR_AUTHORIZATION.isReachable());
    }

    @Test
    public void factsRejectABuddyStatusOutsideTheProtocol() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BuddyFacts("x", 4, false, false, null, false, false));
        assertEquals("BUDDYSTATUS must be 0 to 3, not 4", e.getMessage());
    }

    @Test
    public void aBuddyDerivesItsStatusFromItsFacts() {
        Buddy buddy = Buddy.of(buddy("OFFLINE").withVoicemail(true), "Austin Powers", null);
        assertEquals("austin_powers", buddy.name());
        assertEquals(BuddyStatus.OFFLINE_VOICEMAIL_ENABLED, buddy.status());
        assertEquals("", buddy.moodText());
    }
}
