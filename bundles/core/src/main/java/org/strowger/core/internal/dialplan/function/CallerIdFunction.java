package org.strowger.core.internal.dialplan.function;

import static org.strowger.core.internal.dialplan.function.FunctionArguments.argument;

import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.channel.CallerId;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanFunction;
import org.strowger.api.dialplan.DialplanFunctionException;

/**
 * {@code CALLERID(datatype[,CID])} (func_callerid.c {@code callerid_read} /
 * {@code callerid_write}) for the parts our channels carry: {@code all} ({@code "name" <num>}),
 * {@code name} and {@code num[ber]}. With a second argument the read parses that caller ID instead
 * of the channel's.
 */
@Component(service = DialplanFunction.class, property = DialplanFunction.NAME + "=CALLERID")
public final class CallerIdFunction implements DialplanFunction {

    private enum Member { ALL, NAME, NUMBER }

    @Override
    public String read(Channel channel, String arguments) throws DialplanFunctionException {
        if (channel == null) {
            throw new DialplanFunctionException("");
        }
        List<String> args = FunctionArguments.standard(arguments, 2);
        if (args.isEmpty()) {
            throw new DialplanFunctionException("");
        }
        Member member = member(args.get(0), arguments);
        CallerId id = args.size() == 2 ? CallerIdText.split(argument(args, 1)) : channel.callerId();
        return switch (member) {
            case ALL -> "\"" + id.name() + "\" <" + id.number() + ">";
            case NAME -> id.name();
            case NUMBER -> id.number();
        };
    }

    @Override
    public void write(Channel channel, String arguments, String value) throws DialplanFunctionException {
        if (channel == null || value == null) {
            throw new DialplanFunctionException("");
        }
        List<String> args = FunctionArguments.standard(arguments, 2);
        if (args.isEmpty()) {
            throw new DialplanFunctionException("");
        }
        Member member = member(args.get(0), arguments);
        String text = skipBlanks(value);
        CallerId current = channel.callerId();
        channel.setCallerId(switch (member) {
            case ALL -> CallerIdText.split(text);
            case NAME -> new CallerId(current.number(), text);
            case NUMBER -> new CallerId(text, current.name());
        });
    }

    /** The datatype, subnames split on {@code -} as party_id_read does; anything else is Asterisk's error. */
    private static Member member(String datatype, String arguments) throws DialplanFunctionException {
        List<String> subnames = FunctionArguments.nonstandard(datatype, '-', 10);
        if (subnames.size() == 1) {
            String name = subnames.get(0).toLowerCase(Locale.ROOT);
            if (name.equals("all")) {
                return Member.ALL;
            }
            if (name.equals("name")) {
                return Member.NAME;
            }
            if (name.startsWith("num")) {
                return Member.NUMBER;
            }
        }
        if (subnames.isEmpty()) {
            throw new DialplanFunctionException("");
        }
        throw new DialplanFunctionException("Unknown callerid data type '" + arguments + "'.");
    }

    private static String skipBlanks(String text) {
        int start = 0;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        return text.substring(start);
    }

    @Override
    public boolean isWritable() {
        return true;
    }

    @Override
    public String synopsis() {
        return "Gets or sets Caller*ID data on the channel.";
    }

    @Override
    public String syntax() {
        return "CALLERID(datatype[,CID])";
    }
}
