package org.strowger.core.internal.state;

import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.state.Presence;
import org.strowger.api.state.PresenceState;
import org.strowger.api.state.PresenceStates;

/**
 * The {@code CustomPresence:} presences of Asterisk's func_presencestate.c: set by
 * {@code Set(PRESENCE_STATE(CustomPresence:alice)=away,subtype,message[,e])}, kept as written in
 * astdb family {@code CustomPresence}, so they survive a restart. The {@link CustomPresenceProvider}
 * answers lookups; this side writes.
 */
@Component(service = CustomPresenceStates.class)
public final class CustomPresenceStates {

    private static final Logger LOG = LoggerFactory.getLogger(CustomPresenceStates.class);

    public static final String PROVIDER = "CustomPresence";
    public static final String PREFIX = PROVIDER + ":";
    static final String FAMILY = "CustomPresence";

    private final AstDb db;
    private final PresenceStates presences;

    @Activate
    public CustomPresenceStates(@Reference AstDb db, @Reference PresenceStates presences) {
        this.db = db;
        this.presences = presences;
    }

    /**
     * Stores a presence as written and announces it ({@code presence_write}).
     *
     * @param presentity the whole presentity, {@code CustomPresence:alice}
     * @param name the part after the prefix
     * @param text the value as written: {@code state[,subtype[,message[,options]]]}
     * @param value the parsed value
     */
    public void set(String presentity, String name, String text, Value value) {
        db.put(FAMILY, name, text);
        presences.changed(presentity, value.presence());
    }

    /** Whether a presentity is a {@code CustomPresence:} one. */
    public static boolean isCustom(String presentity) {
        return presentity.length() >= PREFIX.length() && presentity.substring(0, PREFIX.length())
                .toLowerCase(Locale.ROOT).equals(PREFIX.toLowerCase(Locale.ROOT));
    }

    static String decode(String base64) {
        if (base64.isEmpty()) {
            return "";
        }
        try {
            return new String(Base64.getMimeDecoder().decode(base64), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            LOG.debug("'{}' is not base64", base64);
            return "";
        }
    }

    /**
     * A value as func_presencestate.c's {@code parse_data} reads it: {@code state,subtype,message,options}.
     *
     * @param encoded whether the options hold {@code e}: subtype and message are base64
     */
    public record Value(PresenceState state, String subtype, String message, boolean encoded) {

        /** Empty when the state is missing or unknown, or the options are anything but {@code e}. */
        public static Optional<Value> parse(String text) {
            String[] parts = text.split(",", -1);
            String state = parts[0];
            if (state.isEmpty()) {
                return Optional.empty();
            }
            PresenceState parsed = PresenceState.parse(state);
            if (parsed == PresenceState.INVALID) {
                LOG.warn("Unknown presence state value {}", state);
                return Optional.empty();
            }
            String subtype = parts.length > 1 ? parts[1] : "";
            String message = parts.length > 2 ? parts[2] : "";
            String options = parts.length > 3 ? parts[3] : "";
            if (!options.isEmpty() && options.indexOf('e') < 0) {
                LOG.info("Invalid options  '{}'", options);
                return Optional.empty();
            }
            return Optional.of(new Value(parsed, subtype, message, options.indexOf('e') >= 0));
        }

        /** The presence consumers see: subtype and message decoded when stored encoded. */
        public Presence presence() {
            return encoded ? new Presence(state, decode(subtype), decode(message)) : new Presence(state, subtype, message);
        }
    }
}
