package org.strowger.core.internal.dialplan.function;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanFunction;
import org.strowger.api.dialplan.DialplanFunctionException;

/**
 * {@code HASHKEYS(hashname)} (func_strings.c {@code hashkeys_read}): the keys of a {@code HASH}, by
 * commas. Asterisk keeps a channel's variables newest first, so the newest key comes first.
 */
@Component(service = DialplanFunction.class, property = DialplanFunction.NAME + "=HASHKEYS")
public final class HashKeysFunction implements DialplanFunction {

    @Override
    public String read(Channel channel, String arguments) throws DialplanFunctionException {
        if (channel == null) {
            throw new DialplanFunctionException("No channel was provided to HASHKEYS function.");
        }
        return keys(channel, arguments);
    }

    /** The keys of the hash, newest first, joined by commas ({@code get_key}). */
    static String keys(Channel channel, String hash) {
        String prefix = "~HASH~" + hash + "~";
        List<String> keys = new ArrayList<>();
        for (String name : channel.variables().keySet()) {
            if (name.length() > prefix.length() + 1 && name.endsWith("~") && name.startsWith(prefix)) {
                keys.add(name.substring(prefix.length(), name.length() - 1));
            }
        }
        Collections.reverse(keys);
        return String.join(",", keys);
    }

    @Override
    public String synopsis() {
        return "Retrieve the keys of the HASH() function.";
    }

    @Override
    public String syntax() {
        return "HASHKEYS(hashname)";
    }
}
