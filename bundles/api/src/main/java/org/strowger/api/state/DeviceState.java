package org.strowger.api.state;

import java.util.Locale;

/**
 * Asterisk's device states ({@code enum ast_device_state} in devicestate.h) with their numbers, the
 * texts of {@code ast_devstate2str} and the parseable names of {@code ast_devstate_str}.
 */
public enum DeviceState {
    UNKNOWN(0, "Unknown"),
    NOT_INUSE(1, "Not in use"),
    INUSE(2, "In use"),
    BUSY(3, "Busy"),
    INVALID(4, "Invalid"),
    UNAVAILABLE(5, "Unavailable"),
    RINGING(6, "Ringing"),
    RINGINUSE(7, "Ring+Inuse"),
    ONHOLD(8, "On Hold");

    private final int code;
    private final String text;

    DeviceState(int code, String text) {
        this.code = code;
        this.text = text;
    }

    public int code() {
        return code;
    }

    /** The human text ({@code ast_devstate2str}): {@code Not in use}. */
    public String text() {
        return text;
    }

    /** The parseable name ({@code ast_devstate_str}): {@code NOT_INUSE}, as AMI's {@code State} shows it. */
    public String parseableName() {
        return name();
    }

    /** {@code ast_devstate_val}: the parseable name in any case; anything else is {@link #UNKNOWN}. */
    public static DeviceState parse(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }
}
