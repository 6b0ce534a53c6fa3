package org.strowger.api.channel;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.Test;

/** Expected values are written by hand from Asterisk's causes.h and the cause table in main/channel.c. */
public class HangupCauseTest {

    private static void assertCause(HangupCause cause, int code, String name, String text) {
        assertEquals(code, cause.code());
        assertEquals(name, cause.asteriskName());
        assertEquals(text, cause.text());
    }

    @Test
    public void wellKnownCausesCarryAsterisksNumbersNamesAndTexts() {
        assertCause(HangupCause.UNALLOCATED, 1, "UNALLOCATED", "Unallocated (unassigned) number");
        assertCause(HangupCause.NO_ROUTE_DESTINATION, 3, "NO_ROUTE_DESTINATION", "No route to destination");
        assertCause(HangupCause.PRE_EMPTED, 8, "PRE_EMPTED", "Pre-empted");
        assertCause(HangupCause.NORMAL_CLEARING, 16, "NORMAL_CLEARING", "Normal Clearing");
        assertCause(HangupCause.USER_BUSY, 17, "USER_BUSY", "User busy");
        assertCause(HangupCause.NO_USER_RESPONSE, 18, "NO_USER_RESPONSE", "No user responding");
        assertCause(HangupCause.NO_ANSWER, 19, "NO_ANSWER", "User alerting, no answer");
        assertCause(HangupCause.SUBSCRIBER_ABSENT, 20, "SUBSCRIBER_ABSENT", "Subscriber absent");
        assertCause(HangupCause.CALL_REJECTED, 21, "CALL_REJECTED", "Call Rejected");
        assertCause(HangupCause.ANSWERED_ELSEWHERE, 26, "ANSWERED_ELSEWHERE", "Answered elsewhere");
        assertCause(HangupCause.NORMAL_UNSPECIFIED, 31, "NORMAL_UNSPECIFIED", "Normal, unspecified");
        assertCause(HangupCause.NORMAL_CIRCUIT_CONGESTION, 34, "NORMAL_CIRCUIT_CONGESTION",
                "Circuit/channel congestion");
        assertCause(HangupCause.NETWORK_OUT_OF_ORDER, 38, "NETWORK_OUT_OF_ORDER", "Network out of order");
        assertCause(HangupCause.NORMAL_TEMPORARY_FAILURE, 41, "NORMAL_TEMPORARY_FAILURE", "Temporary failure");
        assertCause(HangupCause.REQUESTED_CHAN_UNAVAIL, 44, "REQUESTED_CHAN_UNAVAIL",
                "Requested channel not available");
        assertCause(HangupCause.CHAN_NOT_IMPLEMENTED, 66, "CHAN_NOT_IMPLEMENTED", "Channel not implemented");
        assertCause(HangupCause.MESSAGE_TYPE_NONEXIST, 97, "MESSAGE_TYPE_NONEXIST", "Message type nonexist.");
        assertCause(HangupCause.INTERWORKING, 127, "INTERWORKING", "Interworking, unspecified");
    }

    @Test
    public void theTableHasAllOfAsterisksCausesInAscendingOrder() {
        HangupCause[] all = HangupCause.values();
        assertEquals(49, all.length);
        assertEquals(HangupCause.UNALLOCATED, all[0]);
        assertEquals(HangupCause.INTERWORKING, all[all.length - 1]);
        for (int i = 1; i < all.length; i++) {
            assertTrue(all[i] + " after " + all[i - 1], all[i].code() > all[i - 1].code());
        }
    }

    @Test
    public void codesNamesAndTextsAreUnique() {
        Set<Integer> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (HangupCause cause : HangupCause.values()) {
            assertTrue("code " + cause.code(), codes.add(cause.code()));
            assertTrue(cause.asteriskName(), names.add(cause.asteriskName().toUpperCase(Locale.ROOT)));
            assertTrue(cause.text(), texts.add(cause.text()));
            assertTrue(cause + " is a Q.850 value", cause.code() >= 1 && cause.code() <= 127);
        }
    }

    @Test
    public void fromCodeAndByNameRoundTrip() {
        for (HangupCause cause : HangupCause.values()) {
            assertEquals(Optional.of(cause), HangupCause.fromCode(cause.code()));
            assertEquals(Optional.of(cause), HangupCause.byName(cause.asteriskName()));
            assertEquals(cause.text(), HangupCause.textOf(cause.code()));
        }
    }

    @Test
    public void numbersOutsideTheTableAreUnknownAsInAsterisk() {
        for (int code : new int[] {0, 4, 9, 15, 24, 25, 128, 255, -1, Integer.MAX_VALUE}) {
            assertEquals("code " + code, Optional.empty(), HangupCause.fromCode(code));
            assertEquals("code " + code, "Unknown", HangupCause.textOf(code));
        }
    }

    @Test
    public void byNameIgnoresCase() {
        assertEquals(Optional.of(HangupCause.USER_BUSY), HangupCause.byName("user_busy"));
        assertEquals(Optional.of(HangupCause.NORMAL_CLEARING), HangupCause.byName("Normal_Clearing"));
        assertEquals(Optional.of(HangupCause.INTERWORKING), HangupCause.byName("interworking"));
    }

    @Test
    public void byNameMatchesAPrefixAsAstStr2CauseDoes() {
        // ast_str2cause compares only as many characters as the table's name has
        assertEquals(Optional.of(HangupCause.USER_BUSY), HangupCause.byName("USER_BUSY_TONE"));
        assertEquals(Optional.of(HangupCause.NO_ANSWER), HangupCause.byName("no_answer "));
    }

    @Test
    public void byNameRefusesWhatAsteriskRefuses() {
        for (String name : new String[] {"", "BUSY", "NORMAL", "NOTDEFINED", "16", " USER_BUSY",
                "USER-BUSY", "AST_CAUSE_USER_BUSY", "User busy"}) {
            assertEquals("'" + name + "'", Optional.empty(), HangupCause.byName(name));
        }
        // only ASCII letters fold, as strncasecmp does in the C locale
        assertEquals(Optional.empty(), HangupCause.byName("\u0131nterworking"));
        assertThrows(NullPointerException.class, () -> HangupCause.byName(null));
    }
}
