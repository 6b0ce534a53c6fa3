package org.strowger.core.internal.dialplan.function;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.Dialplan;
import org.strowger.api.dialplan.DialplanFunction;
import org.strowger.api.dialplan.DialplanFunctionException;

/**
 * {@code CUT(varname,char-delim,range-spec)} (func_cut.c {@code cut_internal}): fields of a
 * variable's value. The first argument names a variable (it is read as {@code ${varname}}); the
 * delimiter defaults to {@code -} and may be an escape such as {@code \t}; the range is a field
 * ({@code 2}), a range ({@code 2-3}, {@code -3}, {@code 2-}) or several joined by {@code &}.
 */
@Component(service = DialplanFunction.class, property = DialplanFunction.NAME + "=CUT")
public final class CutFunction implements DialplanFunction {

    private static final Logger LOG = LoggerFactory.getLogger(CutFunction.class);

    private final Dialplan dialplan;

    @Activate
    public CutFunction(@Reference Dialplan dialplan) {
        this.dialplan = dialplan;
    }

    @Override
    public String read(Channel channel, String arguments) throws DialplanFunctionException {
        List<String> args = FunctionArguments.standard(arguments, 3);
        if (args.size() < 3) {
            throw new DialplanFunctionException("Syntax: CUT(<varname>,<char-delim>,<range-spec>) - missing argument!");
        }
        String value = dialplan.substitute(channel, "${" + args.get(0) + "}");
        char delimiter = (char) FunctionArguments.encodedChar(args.get(1)).orElse('-');
        StringBuilder out = new StringBuilder();
        if (value.isEmpty()) {
            return "";
        }
        Fields fields = new Fields(value, delimiter);
        int fieldNumber = 1;
        int written = 0;
        for (String range : args.get(2).split("&", -1)) {
            if (!fields.hasMore()) {
                break;
            }
            int[] bounds = range(range);
            if (bounds == null) {
                throw new DialplanFunctionException("Usage: CUT(<varname>,<char-delim>,<range-spec>)");
            }
            while (fields.hasMore() && fieldNumber < bounds[0]) {
                fields.next();
                fieldNumber++;
            }
            if (fieldNumber > bounds[0]) {
                LOG.warn("We're already past the field you wanted?");
            }
            while (fields.hasMore() && fieldNumber <= bounds[1]) {
                if (written++ > 0) {
                    out.append(delimiter);
                }
                out.append(fields.next());
                fieldNumber++;
            }
        }
        return out.toString();
    }

    /** The sscanf cascade of cut_internal: {@code {start, stop}}, or {@code null} for a bad spec. */
    static int[] range(String spec) {
        int[] first = FunctionArguments.scanInt(spec, 0);
        boolean dashAfterFirst = first != null && first[1] < spec.length() && spec.charAt(first[1]) == '-';
        int[] second = dashAfterFirst ? FunctionArguments.scanInt(spec, first[1] + 1) : null;
        if (second != null) {
            return new int[] {first[0], second[0]}; // "%d-%d"
        }
        // "-%d": a literal dash, which sscanf does not let blanks precede.
        int[] stopOnly = spec.startsWith("-") ? FunctionArguments.scanInt(spec, 1) : null;
        if (stopOnly != null) {
            return new int[] {1, stopOnly[0]};
        }
        if (dashAfterFirst) {
            return new int[] {first[0], Integer.MAX_VALUE}; // "%d%c" with a dash
        }
        return first != null ? new int[] {first[0], first[0]} : null;
    }

    /** C's strsep over the value: fields one by one, none left once the last was taken. */
    private static final class Fields {
        private final String value;
        private final char delimiter;
        private int position;

        Fields(String value, char delimiter) {
            this.value = value;
            this.delimiter = delimiter;
        }

        boolean hasMore() {
            return position >= 0;
        }

        String next() {
            int end = value.indexOf(delimiter, position);
            String field;
            if (end < 0) {
                field = value.substring(position);
                position = -1;
            } else {
                field = value.substring(position, end);
                position = end + 1;
            }
            return field;
        }
    }

    @Override
    public String synopsis() {
        return "Slices and dices strings, based upon a named delimiter.";
    }

    @Override
    public String syntax() {
        return "CUT(varname,char-delim,range-spec)";
    }
}
