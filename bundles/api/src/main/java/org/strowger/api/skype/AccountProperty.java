package org.strowger.api.skype;

import java.util.Optional;

/**
 * The options of the {@code SKYPE_ACCOUNT_PROPERTY(<account>,<property>)} dialplan function (manual
 * table 3.3.3), also set by the {@code SkypeAccountProperty} manager action (3.5.1) and by
 * {@code setvar} in chan_skype.conf. Names and RO/RW exactly as the table gives them.
 */
public enum AccountProperty {
    /** The Skype Credit balance currency type (USD, EUR, ...). */
    SKYPEOUT_CURRENCY("skypeout_currency", PropertyAccess.RO, null),
    /** The Skype Credit balance in cents: 4500 in EUR means 45.00 EUR. */
    SKYPEOUT_BALANCE("skypeout_balance", PropertyAccess.RO, null),
    FULLNAME("fullname", PropertyAccess.RW, ProfileField.FULLNAME),
    COUNTRY("country", PropertyAccess.RW, ProfileField.COUNTRY),
    PROVINCE("province", PropertyAccess.RW, ProfileField.PROVINCE),
    CITY("city", PropertyAccess.RW, ProfileField.CITY),
    PHONE_HOME("phone_home", PropertyAccess.RW, ProfileField.PHONE_HOME),
    PHONE_OFFICE("phone_office", PropertyAccess.RW, ProfileField.PHONE_OFFICE),
    PHONE_MOBILE("phone_mobile", PropertyAccess.RW, ProfileField.PHONE_MOBILE),
    EMAIL("email", PropertyAccess.RW, ProfileField.EMAIL),
    HOMEPAGE("homepage", PropertyAccess.RW, ProfileField.HOMEPAGE),
    ABOUT("about", PropertyAccess.RW, ProfileField.ABOUT),
    /** {@code yyyymmdd}, or empty to clear. */
    BIRTHDAY("birthday", PropertyAccess.RW, ProfileField.BIRTHDAY),
    /** {@code 1} (male) or {@code 2} (female); {@code 0} clears it. */
    GENDER("gender", PropertyAccess.RW, ProfileField.GENDER),
    /** An {@link AccountStatus} string; writing {@code Logged In} or {@code Logged Out} logs in or out. */
    STATUS("status", PropertyAccess.RW, null),
    /** The mood message buddies see. */
    MOOD_TEXT("mood_text", PropertyAccess.RW, ProfileField.MOOD_TEXT),
    /** An {@link Availability} string. */
    AVAILABILITY("availability", PropertyAccess.RW, null);

    private final String propertyName;
    private final PropertyAccess access;
    private final ProfileField profileField;

    AccountProperty(String propertyName, PropertyAccess access, ProfileField profileField) {
        this.propertyName = propertyName;
        this.access = access;
        this.profileField = profileField;
    }

    /** The manual's name, e.g. {@code skypeout_balance}. */
    public String propertyName() {
        return propertyName;
    }

    public PropertyAccess access() {
        return access;
    }

    public boolean isWritable() {
        return access == PropertyAccess.RW;
    }

    /** The profile field this property reads and writes; empty for the credit, status and availability. */
    public Optional<ProfileField> profileField() {
        return Optional.ofNullable(profileField);
    }

    /** The property with this name, ignoring case and surrounding blanks. */
    public static Optional<AccountProperty> parse(String name) {
        return ManualNames.find(values(), p -> p.propertyName, name);
    }

    @Override
    public String toString() {
        return propertyName;
    }
}
