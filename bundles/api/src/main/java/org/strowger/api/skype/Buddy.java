package org.strowger.api.skype;

import java.util.Objects;

/**
 * One entry of an account's buddy list as the engine has it cached: what {@code SKYPE_BUDDY_FETCH}
 * returns ({@code <buddy name>,<buddy status>}, manual 3.3.4), the {@code SkypeBuddyEntry} event of
 * the {@code SkypeBuddies} action ({@code Buddy}, {@code Fullname}, {@code Status}, 3.5.4) and a line
 * of {@code skype show buddies} (4.2.3). The presence provider for hints ({@code Skype:user@buddy},
 * 3.4) reads {@link #status()} and {@link #moodText()}.
 *
 * @param name the Skype name, or a {@code +E.164} number for a SkypeOut contact
 * @param fullname the buddy's full name; empty when it has none or it is not known yet
 * @param status the derived status (manual 4.1.2)
 * @param moodText the buddy's mood message; empty when none
 * @param facts what the community said, from which {@code status} was derived
 */
public record Buddy(String name, String fullname, BuddyStatus status, String moodText, BuddyFacts facts) {

    public Buddy {
        Objects.requireNonNull(name, "name");
        fullname = fullname == null ? "" : fullname;
        Objects.requireNonNull(status, "status");
        moodText = moodText == null ? "" : moodText;
        Objects.requireNonNull(facts, "facts");
    }

    /** A buddy whose status is derived from the facts. */
    public static Buddy of(BuddyFacts facts, String fullname, String moodText) {
        return new Buddy(facts.name(), fullname, BuddyStatus.derive(facts), moodText, facts);
    }
}
