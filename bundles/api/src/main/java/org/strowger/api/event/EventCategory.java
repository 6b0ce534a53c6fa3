package org.strowger.api.event;

import java.util.Collection;

/**
 * The classes of events and actions in Asterisk's manager ({@code perms[]} in main/manager.c),
 * with their bit values: an AMI session receives an event only if its read mask holds every class
 * of the event.
 */
public enum EventCategory {
    SYSTEM(1, "system"),
    CALL(1 << 1, "call"),
    LOG(1 << 2, "log"),
    VERBOSE(1 << 3, "verbose"),
    COMMAND(1 << 4, "command"),
    AGENT(1 << 5, "agent"),
    USER(1 << 6, "user"),
    CONFIG(1 << 7, "config"),
    DTMF(1 << 8, "dtmf"),
    REPORTING(1 << 9, "reporting"),
    CDR(1 << 10, "cdr"),
    DIALPLAN(1 << 11, "dialplan"),
    ORIGINATE(1 << 12, "originate"),
    AGI(1 << 13, "agi"),
    CC(1 << 15, "cc"),
    AOC(1 << 16, "aoc"),
    TEST(1 << 17, "test"),
    SECURITY(1 << 18, "security"),
    MESSAGE(1 << 30, "message");

    private final int bit;
    private final String label;

    EventCategory(int bit, String label) {
        this.bit = bit;
        this.label = label;
    }

    /** The bit in Asterisk's permission masks. */
    public int bit() {
        return bit;
    }

    /** The lower-case name used in manager.conf and the {@code Privilege:} header. */
    public String label() {
        return label;
    }

    /** The bit mask of several classes. */
    public static int mask(Collection<EventCategory> categories) {
        int mask = 0;
        for (EventCategory category : categories) {
            mask |= category.bit;
        }
        return mask;
    }
}
