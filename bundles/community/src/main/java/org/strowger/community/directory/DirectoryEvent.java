package org.strowger.community.directory;

import java.util.Objects;

/**
 * A notification a directory change causes, already addressed: the server sends {@link #line()} to every
 * session of {@link #recipient()} (and drops it when the recipient has none). The directory decides who may
 * see what (authorisations, blocks, invisibility); the server adds no rules of its own.
 *
 * @param recipient the account whose sessions get the line
 * @param kind what sort of line
 * @param subject the USER the line is about ({@link Kind#USER}), otherwise {@code null}
 * @param property the property name (ONLINESTATUS, BUDDYSTATUS, PSTN_BALANCE, ...), {@code null} for
 *     {@link Kind#USERSTATUS} and {@link Kind#ACCOUNT_REMOVED}
 * @param value the new value, possibly empty (a RECEIVEDAUTHREQUEST that was answered)
 */
public record DirectoryEvent(String recipient, Kind kind, String subject, String property, String value) {

    public enum Kind {
        /** {@code USER <subject> <property> <value>}. */
        USER,
        /** {@code PROFILE <property> <value>}: the recipient's own profile changed. */
        PROFILE,
        /** {@code USERSTATUS <value>}: the recipient's own availability changed. */
        USERSTATUS,
        /** The recipient's account was removed: the server closes its sessions; {@link #line()} is a goodbye text. */
        ACCOUNT_REMOVED
    }

    public DirectoryEvent {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        value = value == null ? "" : value;
    }

    public static DirectoryEvent user(String recipient, String subject, String property, String value) {
        return new DirectoryEvent(recipient, Kind.USER, subject, property, value);
    }

    public static DirectoryEvent profile(String recipient, String property, String value) {
        return new DirectoryEvent(recipient, Kind.PROFILE, null, property, value);
    }

    /** The notification line without the line ending (values are the rest of the line, unquoted). */
    public String line() {
        return switch (kind) {
            case USER -> "USER " + subject + " " + property + " " + value;
            case PROFILE -> "PROFILE " + property + " " + value;
            case USERSTATUS -> "USERSTATUS " + value;
            case ACCOUNT_REMOVED -> "ACCOUNT REMOVED " + recipient;
        };
    }
}
