package org.strowger.core.internal.dialplan.function;

import java.nio.charset.StandardCharsets;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanFunction;

/**
 * {@code LEN(string)} (func_strings.c {@code len}): the length of the text. Asterisk counts bytes
 * with {@code strlen}, so a character outside ASCII counts as its UTF-8 bytes here too.
 */
@Component(service = DialplanFunction.class, property = DialplanFunction.NAME + "=LEN")
public final class LenFunction implements DialplanFunction {

    @Override
    public String read(Channel channel, String arguments) {
        return Integer.toString(arguments.getBytes(StandardCharsets.UTF_8).length);
    }

    @Override
    public String synopsis() {
        return "Return the length of the string given.";
    }

    @Override
    public String syntax() {
        return "LEN(string)";
    }
}
