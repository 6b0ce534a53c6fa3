package org.strowger.api.skype;

import java.util.Optional;

/**
 * A field of a Skype user's public profile as the community keeps it: what an account sets about
 * itself (manual 3.3.3) and what the PBX reads about a caller (3.3.1, 3.3.2) or a buddy
 * ({@code SkypeBuddy}, 3.5.5). Names are the manual's lower-case property names.
 */
public enum ProfileField {
    FULLNAME("fullname"),
    COUNTRY("country"),
    PROVINCE("province"),
    CITY("city"),
    PHONE_HOME("phone_home"),
    PHONE_OFFICE("phone_office"),
    PHONE_MOBILE("phone_mobile"),
    EMAIL("email"),
    HOMEPAGE("homepage"),
    ABOUT("about"),
    /** {@code yyyymmdd}, or empty. */
    BIRTHDAY("birthday"),
    /** {@code 1} (male), {@code 2} (female), {@code 0} or empty when unknown. */
    GENDER("gender"),
    MOOD_TEXT("mood_text"),
    /** A space-separated list of language identifiers ({@code CHANNEL(skype_language)}). */
    LANGUAGES("languages");

    private final String propertyName;

    ProfileField(String propertyName) {
        this.propertyName = propertyName;
    }

    /** The manual's name, e.g. {@code phone_mobile}. */
    public String propertyName() {
        return propertyName;
    }

    /** The field with this name, ignoring case and surrounding blanks. */
    public static Optional<ProfileField> parse(String name) {
        return ManualNames.find(values(), f -> f.propertyName, name);
    }

    @Override
    public String toString() {
        return propertyName;
    }
}
