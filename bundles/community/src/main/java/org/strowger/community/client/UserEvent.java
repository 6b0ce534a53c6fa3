package org.strowger.community.client;

/**
 * A {@code USER <name> <property> <value>} notification.
 *
 * @param user     the other account (or phone number)
 * @param property ONLINESTATUS, MOOD_TEXT, BUDDYSTATUS, ISAUTHORIZED, RECEIVEDAUTHREQUEST,
 *                 IS_VOICEMAIL_CAPABLE, IS_CF_ACTIVE, ...
 * @param value    the rest of the line (may be empty)
 */
public record UserEvent(String user, String property, String value) {
}
