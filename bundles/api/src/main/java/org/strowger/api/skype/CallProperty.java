package org.strowger.api.skype;

import java.util.Optional;

/**
 * The options of {@code SKYPE_CALL_PROPERTY(<property>)} (manual table 3.3.2) with their RO/RW type,
 * plus {@link #LANGUAGE}, which only {@code CHANNEL(skype_language)} reads (3.3.1). Each property that
 * the {@code CHANNEL} function also offers knows its {@code skype_*} item name.
 */
public enum CallProperty {
    TOPIC("topic", PropertyAccess.RW, null, "skype_topic"),
    TOKEN("token", PropertyAccess.RW, null, "skype_token"),
    /** The Skype identity that forwarded the incoming call. */
    FORWARDED_BY("forwarded_by", PropertyAccess.RO, null, null),
    /** The SkypeIn number that was dialled on an incoming call. */
    TARGET_IDENTITY("target_identity", PropertyAccess.RO, null, null),
    FULLNAME("fullname", PropertyAccess.RO, ProfileField.FULLNAME, null),
    COUNTRY("country", PropertyAccess.RO, ProfileField.COUNTRY, "skype_country"),
    PROVINCE("province", PropertyAccess.RO, ProfileField.PROVINCE, "skype_province"),
    CITY("city", PropertyAccess.RO, ProfileField.CITY, "skype_city"),
    PHONE_HOME("phone_home", PropertyAccess.RO, ProfileField.PHONE_HOME, "skype_homephone"),
    PHONE_OFFICE("phone_office", PropertyAccess.RO, ProfileField.PHONE_OFFICE, "skype_officephone"),
    PHONE_MOBILE("phone_mobile", PropertyAccess.RO, ProfileField.PHONE_MOBILE, "skype_mobilephone"),
    EMAIL("email", PropertyAccess.RO, ProfileField.EMAIL, null),
    HOMEPAGE("homepage", PropertyAccess.RO, ProfileField.HOMEPAGE, "skype_homepage"),
    ABOUT("about", PropertyAccess.RO, ProfileField.ABOUT, "skype_about"),
    BIRTHDAY("birthday", PropertyAccess.RO, ProfileField.BIRTHDAY, "skype_birthday"),
    GENDER("gender", PropertyAccess.RO, ProfileField.GENDER, "skype_gender"),
    /** Not in table 3.3.2: the caller's languages, space-separated, for {@code CHANNEL(skype_language)}. */
    LANGUAGE("language", PropertyAccess.RO, ProfileField.LANGUAGES, "skype_language");

    private final String propertyName;
    private final PropertyAccess access;
    private final ProfileField callerField;
    private final String channelItem;

    CallProperty(String propertyName, PropertyAccess access, ProfileField callerField, String channelItem) {
        this.propertyName = propertyName;
        this.access = access;
        this.callerField = callerField;
        this.channelItem = channelItem;
    }

    /** The manual's name, e.g. {@code target_identity}. */
    public String propertyName() {
        return propertyName;
    }

    public PropertyAccess access() {
        return access;
    }

    public boolean isWritable() {
        return access == PropertyAccess.RW;
    }

    /** The caller's (partner's) profile field this property reads; empty for the call's own properties. */
    public Optional<ProfileField> callerField() {
        return Optional.ofNullable(callerField);
    }

    /** The {@code CHANNEL()} item of manual 3.3.1, e.g. {@code skype_homephone}; empty when it has none. */
    public Optional<String> channelItem() {
        return Optional.ofNullable(channelItem);
    }

    /** The property with this {@code SKYPE_CALL_PROPERTY} name, ignoring case and surrounding blanks. */
    public static Optional<CallProperty> parse(String name) {
        return ManualNames.find(values(), p -> p.propertyName, name);
    }

    /** The property read by a {@code CHANNEL(skype_*)} item, ignoring case. */
    public static Optional<CallProperty> forChannelItem(String item) {
        return ManualNames.find(values(), p -> p.channelItem, item);
    }

    @Override
    public String toString() {
        return propertyName;
    }
}
