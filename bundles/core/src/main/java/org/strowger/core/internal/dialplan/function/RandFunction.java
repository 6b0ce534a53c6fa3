package org.strowger.core.internal.dialplan.function;

import static org.strowger.core.internal.dialplan.function.FunctionArguments.argument;
import static org.strowger.core.internal.dialplan.function.FunctionArguments.isEmpty;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanFunction;

/**
 * {@code RAND([min][,max])} (func_rand.c): a random integer from min to max, both included; min
 * defaults to 0, max to {@code RAND_MAX}, and the two are swapped when max is below min.
 */
@Component(service = DialplanFunction.class, property = DialplanFunction.NAME + "=RAND")
public final class RandFunction implements DialplanFunction {

    /** glibc's RAND_MAX. */
    static final int RAND_MAX = Integer.MAX_VALUE;

    @Override
    public String read(Channel channel, String arguments) {
        List<String> args = FunctionArguments.standard(arguments, 2);
        long min = bound(argument(args, 0), 0);
        long max = bound(argument(args, 1), RAND_MAX);
        if (max < min) {
            long swap = max;
            max = min;
            min = swap;
        }
        return Long.toString(ThreadLocalRandom.current().nextLong(min, max + 1));
    }

    private static long bound(String text, int otherwise) {
        if (isEmpty(text)) {
            return otherwise;
        }
        int[] scanned = FunctionArguments.scanInt(text, 0);
        return scanned == null ? otherwise : scanned[0];
    }

    @Override
    public String synopsis() {
        return "Choose a random number in a range.";
    }

    @Override
    public String syntax() {
        return "RAND([min][,max])";
    }
}
