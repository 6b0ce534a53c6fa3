package org.strowger.api.skype;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.Test;
import org.strowger.api.channel.HangupCause;
import org.strowger.api.media.Format;

/** Expected names are copied by hand from the manual's tables 3.3.1-3.3.3 and the status lists. */
public class SkypeNamesTest {

    @Test
    public void accountStatusesAreTheStatusPropertyValuesOfTable333() {
        assertEquals(List.of("Logged Out", "Logged Out and Password Saved", "Connecting to P2P Network",
                "Connecting to Server", "Logging In", "Initializing", "Logged In", "Logging Out"),
                Arrays.stream(AccountStatus.values()).map(AccountStatus::text).toList());
        assertEquals(Optional.of(AccountStatus.LOGGED_IN), AccountStatus.parse("logged in"));
        assertTrue(AccountStatus.INITIALIZING.isLoggingIn());
        assertFalse(AccountStatus.LOGGED_OUT_AND_PASSWORD_SAVED.isLoggingIn());
    }

    @Test
    public void availabilitiesAreTheAvailabilityPropertyValuesOfTable333() {
        assertEquals(List.of("Unknown", "Offline", "Online", "Away", "Not Available", "Do Not Disturb", "Invisible",
                "Skype Me", "Connecting"), Arrays.stream(Availability.values()).map(Availability::text).toList());
        assertEquals(Optional.of(Availability.SKYPE_ME), Availability.parse("Skype Me"));
        assertFalse(Availability.UNKNOWN.isSettable());
        assertFalse(Availability.CONNECTING.isSettable());
        assertTrue(Availability.INVISIBLE.isSettable());
    }

    @Test
    public void accountPropertiesAreTable333WithTheirTypes() {
        String table = "skypeout_currency RO, skypeout_balance RO, fullname RW, country RW, province RW, city RW, "
                + "phone_home RW, phone_office RW, phone_mobile RW, email RW, homepage RW, about RW, birthday RW, "
                + "gender RW, status RW, mood_text RW, availability RW";
        assertEquals(table, Arrays.stream(AccountProperty.values()).map(p -> p.propertyName() + " " + p.access())
                .collect(Collectors.joining(", ")));
        assertEquals(Optional.of(AccountProperty.PHONE_MOBILE), AccountProperty.parse("PHONE_MOBILE"));
        assertEquals(Optional.of(ProfileField.PHONE_MOBILE), AccountProperty.PHONE_MOBILE.profileField());
        assertEquals(Optional.empty(), AccountProperty.SKYPEOUT_BALANCE.profileField());
        assertEquals(Optional.empty(), AccountProperty.parse("languages"));
    }

    @Test
    public void callPropertiesAreTable332PlusLanguageAndTheirChannelItemsTable331() {
        String table = "topic RW, token RW, forwarded_by RO, target_identity RO, fullname RO, country RO, "
                + "province RO, city RO, phone_home RO, phone_office RO, phone_mobile RO, email RO, homepage RO, "
                + "about RO, birthday RO, gender RO, language RO";
        assertEquals(table, Arrays.stream(CallProperty.values()).map(p -> p.propertyName() + " " + p.access())
                .collect(Collectors.joining(", ")));
        List<String> channelItems = List.of("skype_language", "skype_topic", "skype_token", "skype_about",
                "skype_birthday", "skype_gender", "skype_homepage", "skype_homephone", "skype_officephone",
                "skype_mobilephone", "skype_city", "skype_province", "skype_country");
        for (String item : channelItems) {
            CallProperty property = CallProperty.forChannelItem(item).orElseThrow(() -> new AssertionError(item));
            assertEquals(Optional.of(item), property.channelItem());
        }
        assertEquals(channelItems.size(), Arrays.stream(CallProperty.values()).filter(p -> p.channelItem().isPresent()).count());
        assertEquals(Optional.of(CallProperty.PHONE_HOME), CallProperty.forChannelItem("skype_homephone"));
        assertEquals(Optional.of(ProfileField.LANGUAGES), CallProperty.LANGUAGE.callerField());
        assertEquals(Optional.empty(), CallProperty.TARGET_IDENTITY.callerField());
    }

    @Test
    public void callOptionsOfferOnlyWhatSkypeCarries() {
        assertEquals(List.of(Format.ULAW, Format.ALAW, Format.G729), CallOptions.defaults().formats());
        assertEquals(List.of(Format.ALAW, Format.ULAW),
                CallOptions.of(List.of(Format.ALAW, Format.ULAW, Format.ALAW)).formats());
        IllegalArgumentException slin = assertThrows(IllegalArgumentException.class,
                () -> CallOptions.of(List.of(Format.SLIN)));
        assertEquals("Skype calls cannot carry slin; use ulaw, alaw or g729", slin.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CallOptions.of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> CallOptions.defaults().withTopic("a\nb"));
        assertEquals("Secret Plans", CallOptions.defaults().withTopic("Secret Plans").topic());
    }

    @Test
    public void callEndsCarryTheQ850CauseOfTheirStatusAndReason() {
        assertEquals(HangupCause.NORMAL_CLEARING, CallEnd.causeFor(CallStatus.FINISHED, 0));
        assertEquals(HangupCause.USER_BUSY, CallEnd.causeFor(CallStatus.BUSY, 0));
        assertEquals(HangupCause.NO_ANSWER, CallEnd.causeFor(CallStatus.NOANSWER, 0));
        assertEquals(HangupCause.NO_ANSWER, CallEnd.causeFor(CallStatus.MISSED, 0));
        assertEquals(HangupCause.CALL_REJECTED, CallEnd.causeFor(CallStatus.REFUSED, 0));
        assertEquals(HangupCause.NORMAL_CLEARING, CallEnd.causeFor(CallStatus.CANCELLED, 0));
        assertEquals(HangupCause.SUBSCRIBER_ABSENT, CallEnd.causeFor(CallStatus.FAILED, 3));
        assertEquals(HangupCause.OUTGOING_CALL_BARRED, CallEnd.causeFor(CallStatus.FAILED, 4));
        assertEquals(HangupCause.UNALLOCATED, CallEnd.causeFor(CallStatus.FAILED, 5));
        assertEquals(HangupCause.BEARERCAPABILITY_NOTAVAIL, CallEnd.causeFor(CallStatus.FAILED, 6));
        assertEquals(HangupCause.UNALLOCATED, CallEnd.causeFor(CallStatus.FAILED, 2));
        assertEquals(HangupCause.DESTINATION_OUT_OF_ORDER, CallEnd.causeFor(CallStatus.FAILED, 7));
        assertEquals(HangupCause.NORMAL_TEMPORARY_FAILURE, CallEnd.causeFor(CallStatus.FAILED, 8));
        assertEquals(HangupCause.NORMAL_TEMPORARY_FAILURE, CallEnd.causeFor(CallStatus.FAILED, 99));
        CallEnd end = CallEnd.of(CallStatus.FAILED, 3, "user offline", null);
        assertEquals(Duration.ZERO, end.duration());
        assertEquals(HangupCause.SUBSCRIBER_ABSENT, end.cause());
        assertThrows(IllegalArgumentException.class, () -> CallEnd.of(CallStatus.RINGING, 0, "", Duration.ZERO));
    }

    @Test
    public void callStatusesParseProtocolTokens() {
        assertEquals(Optional.of(CallStatus.INPROGRESS), CallStatus.parse("inprogress"));
        assertEquals(Optional.empty(), CallStatus.parse("ANSWERED"));
        assertTrue(CallStatus.MISSED.isTerminal());
        assertTrue(CallStatus.REMOTEHOLD.isUp());
        assertFalse(CallStatus.EARLYMEDIA.isUp());
    }

    @Test
    public void engineSettingsNameTheBadPort() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EngineSettings(java.nio.file.Path.of("/tmp"), "0.0.0.0", 70000, false, false, "127.0.0.1",
                        "127.0.0.1", 2729, java.nio.file.Path.of("/tmp/skype")));
        assertEquals("bind_port must be 0 to 65535, not 70000", e.getMessage());
    }
}
