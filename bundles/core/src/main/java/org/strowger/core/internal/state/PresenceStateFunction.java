package org.strowger.core.internal.state;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanFunction;
import org.strowger.api.dialplan.DialplanFunctionException;
import org.strowger.api.state.Presence;
import org.strowger.api.state.PresenceState;
import org.strowger.api.state.PresenceStates;

/**
 * {@code PRESENCE_STATE(provider,field[,options])} of Asterisk's func_presencestate.c: reads the
 * {@code value}, {@code subtype} or {@code message} of any presentity ({@code e}: base64), and writes
 * {@code CustomPresence:} presentities as {@code state[,subtype[,message[,e]]]}.
 */
@Component(service = DialplanFunction.class, property = DialplanFunction.NAME + "=PRESENCE_STATE")
public final class PresenceStateFunction implements DialplanFunction {

    private final PresenceStates presences;
    private final CustomPresenceStates custom;

    @Activate
    public PresenceStateFunction(@Reference PresenceStates presences, @Reference CustomPresenceStates custom) {
        this.presences = presences;
        this.custom = custom;
    }

    @Override
    public String read(Channel channel, String arguments) throws DialplanFunctionException {
        if (arguments == null || arguments.isEmpty()) {
            throw new DialplanFunctionException("PRESENCE_STATE reading requires an argument ");
        }
        String[] args = arguments.split(",", -1);
        String provider = args[0];
        String field = args.length > 1 ? args[1] : "";
        String options = args.length > 2 ? args[2] : "";
        if (provider.isEmpty() || field.isEmpty()) {
            throw new DialplanFunctionException(
                    "PRESENCE_STATE reading requires both presence provider and presence field arguments. ");
        }
        Presence presence = presences.presence(provider);
        if (presence.state() == PresenceState.INVALID) {
            throw new DialplanFunctionException("PRESENCE_STATE unknown ");
        }
        boolean base64 = options.indexOf('e') >= 0;
        if (!presence.subtype().isEmpty() && field.equalsIgnoreCase("subtype")) {
            return base64 ? encode(presence.subtype()) : presence.subtype();
        }
        if (!presence.message().isEmpty() && field.equalsIgnoreCase("message")) {
            return base64 ? encode(presence.message()) : presence.message();
        }
        if (field.equalsIgnoreCase("value")) {
            return presence.state().text();
        }
        return "";
    }

    @Override
    public void write(Channel channel, String arguments, String value) throws DialplanFunctionException {
        if (arguments == null || !CustomPresenceStates.isCustom(arguments)) {
            throw new DialplanFunctionException(
                    "The PRESENCE_STATE function can only set CustomPresence: presence providers.");
        }
        String name = arguments.substring(CustomPresenceStates.PREFIX.length());
        if (name.isEmpty()) {
            throw new DialplanFunctionException("PRESENCE_STATE function called with no custom device name!");
        }
        Optional<CustomPresenceStates.Value> parsed = CustomPresenceStates.Value.parse(value == null ? "" : value);
        if (parsed.isEmpty()) {
            throw new DialplanFunctionException("Invalid arguments to PRESENCE_STATE");
        }
        custom.set(arguments, name, value, parsed.get());
    }

    private static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean isWritable() {
        return true;
    }

    @Override
    public String synopsis() {
        return "Get or Set a presence state.";
    }

    @Override
    public String syntax() {
        return "PRESENCE_STATE(provider,field[,options])";
    }
}
