package org.strowger.api.state;

import java.util.Locale;

/**
 * Asterisk's presence states ({@code enum ast_presence_state} in presencestate.h), named as
 * {@code ast_presence_state2str} prints them (lower case).
 */
public enum PresenceState {
    NOT_SET(0, "not_set"),
    UNAVAILABLE(1, "unavailable"),
    AVAILABLE(2, "available"),
    AWAY(3, "away"),
    XA(4, "xa"),
    CHAT(5, "chat"),
    DND(6, "dnd"),
    /** An unknown string parses as this; it prints as the empty string. */
    INVALID(7, "");

    private final int code;
    private final String text;

    PresenceState(int code, String text) {
        this.code = code;
        this.text = text;
    }

    public int code() {
        return code;
    }

    /** What Asterisk prints: {@code available}; empty for {@link #INVALID}. */
    public String text() {
        return text;
    }

    /** {@code ast_presence_state_val}: case-insensitive; anything unknown is {@link #INVALID}. */
    public static PresenceState parse(String value) {
        if (value != null) {
            String wanted = value.strip().toLowerCase(Locale.ROOT);
            for (PresenceState state : values()) {
                if (state != INVALID && state.text.equals(wanted)) {
                    return state;
                }
            }
        }
        return INVALID;
    }
}
