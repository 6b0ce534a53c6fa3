package org.strowger.api.skype;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the community shows an account about another user, read fresh from the community: the
 * {@code SkypeBuddy} manager action's answer (manual 3.5.5: {@code availability}, {@code fullname},
 * {@code birthday}, {@code phone_mobile}, ...) and the caller fields of table 3.3.2.
 *
 * @param name the Skype name
 * @param availability the user's availability as this account may see it ({@code Offline} unless the
 *     user authorised the account; invisible users show as offline)
 * @param status the derived buddy status (manual 4.1.2)
 * @param fields the profile fields that have a value, in {@link ProfileField} order
 */
public record BuddyProfile(String name, Availability availability, BuddyStatus status, Map<ProfileField, String> fields) {

    public BuddyProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(status, "status");
        EnumMap<ProfileField, String> copy = new EnumMap<>(ProfileField.class);
        fields.forEach((field, value) -> {
            if (value != null && !value.isEmpty()) {
                copy.put(field, value);
            }
        });
        fields = Collections.unmodifiableMap(copy);
    }

    /** The value of a field, empty when the user has not filled it in. */
    public Optional<String> field(ProfileField field) {
        return Optional.ofNullable(fields.get(field));
    }
}
