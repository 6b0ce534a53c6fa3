package org.strowger.core.internal.dialplan.function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.Dialplan;
import org.strowger.api.dialplan.DialplanFunction;
import org.strowger.api.dialplan.DialplanFunctionException;

/**
 * {@code EVAL(variable)} (func_strings.c {@code function_eval}): substitutes its argument, already
 * substituted once, a second time, so a variable holding {@code ${OTHER}} gives OTHER's value.
 */
@Component(service = DialplanFunction.class, property = DialplanFunction.NAME + "=EVAL")
public final class EvalFunction implements DialplanFunction {

    private final Dialplan dialplan;

    @Activate
    public EvalFunction(@Reference Dialplan dialplan) {
        this.dialplan = dialplan;
    }

    @Override
    public String read(Channel channel, String arguments) throws DialplanFunctionException {
        if (arguments.isEmpty()) {
            throw new DialplanFunctionException("EVAL requires an argument: EVAL(<string>)");
        }
        return dialplan.substitute(channel, arguments);
    }

    @Override
    public String synopsis() {
        return "Evaluate stored variables";
    }

    @Override
    public String syntax() {
        return "EVAL(variable)";
    }
}
