package org.strowger.core.internal.dialplan.function;

import java.time.Clock;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanFunction;
import org.strowger.api.dialplan.DialplanFunctionException;
import org.strowger.core.internal.dialplan.TimeSpec;

/**
 * {@code IFTIME(timespec?[true][:false])} (func_logic.c {@code iftime}): the true text while the
 * time lies inside the specification ({@code 09:00-17:00,mon-fri,*,*}), else the false text.
 */
@Component(service = DialplanFunction.class, property = DialplanFunction.NAME + "=IFTIME")
public final class IfTimeFunction implements DialplanFunction {

    private final Clock clock;

    @Activate
    public IfTimeFunction() {
        this(Clock.systemDefaultZone());
    }

    IfTimeFunction(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String read(Channel channel, String arguments) throws DialplanFunctionException {
        String data = FunctionArguments.stripQuoted(arguments);
        // strsep: the spec up to the first '?', the true text up to the next ':', the rest false.
        int question = data.indexOf('?');
        String spec = question < 0 ? data : data.substring(0, question);
        String ifTrue = null;
        String ifFalse = null;
        if (question >= 0) {
            String rest = data.substring(question + 1);
            int colon = rest.indexOf(':');
            ifTrue = colon < 0 ? rest : rest.substring(0, colon);
            ifFalse = colon < 0 ? null : rest.substring(colon + 1);
        }
        if (spec.isEmpty() || (ifTrue == null && ifFalse == null)) {
            throw new DialplanFunctionException("Syntax IFTIME(<timespec>?[<true>][:<false>])");
        }
        Optional<TimeSpec> timing = TimeSpec.parse(spec);
        if (timing.isEmpty()) {
            throw new DialplanFunctionException("Invalid Time Spec.");
        }
        String chosen = timing.get().matches(clock.instant()) ? ifTrue : ifFalse;
        return chosen == null ? "" : FunctionArguments.stripQuoted(chosen);
    }

    @Override
    public String synopsis() {
        return "Temporal Conditional.";
    }

    @Override
    public String syntax() {
        return "IFTIME(timespec?[true][:false])";
    }
}
