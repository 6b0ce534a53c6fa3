package org.strowger.community.directory;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.strowger.community.protocol.Availability;
import org.strowger.community.protocol.CallForward;
import org.strowger.community.protocol.ProfileProperty;
import org.strowger.community.protocol.Scram;

/**
 * A snapshot of one account as stored. Immutable; a change made later is not reflected.
 *
 * @param name the account (Skype) name
 * @param type business, personal or administrator
 * @param credentials the SCRAM verifier of the password
 * @param availability the availability chosen last ({@code SET USERSTATUS}), kept across logins
 * @param profile the free-text profile properties that are set (FULLNAME ... MOOD_TEXT); absent means empty
 * @param balanceCents SkypeOut credit in cents of {@code currency}
 * @param currency ISO 4217 code, e.g. EUR
 * @param voicemail whether the account has voicemail (IS_VOICEMAIL_CAPABLE)
 * @param callForward the call forwarding rule, or {@code null} when off
 * @param skypeInNumbers the SkypeIn numbers that ring this account, sorted
 */
public record Account(String name, AccountType type, Scram.Credentials credentials, Availability availability,
        Map<ProfileProperty, String> profile, long balanceCents, String currency, boolean voicemail,
        CallForward callForward, List<String> skypeInNumbers) {

    public Account {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(currency, "currency");
        profile = Map.copyOf(profile);
        skypeInNumbers = List.copyOf(skypeInNumbers);
    }

    /** The value of any profile property as {@code GET PROFILE} shows it. */
    public String value(ProfileProperty property) {
        return switch (property) {
            case PSTN_BALANCE -> Long.toString(balanceCents);
            case PSTN_BALANCE_CURRENCY -> currency;
            case SKYPEIN_NUMBERS -> String.join(", ", skypeInNumbers);
            case VOICEMAIL -> voicemail ? "TRUE" : "FALSE";
            case CALL_FORWARD -> callForward == null ? "OFF" : callForward.value();
            case GENDER -> profile.getOrDefault(property, "0");
            default -> profile.getOrDefault(property, "");
        };
    }

    /** FULLNAME, or the account name when no full name is set (DISPLAYNAME, PARTNER_DISPNAME). */
    public String displayName() {
        String fullname = profile.get(ProfileProperty.FULLNAME);
        return fullname == null || fullname.isEmpty() ? name : fullname;
    }

    public boolean callForwardActive() {
        return callForward != null;
    }
}
