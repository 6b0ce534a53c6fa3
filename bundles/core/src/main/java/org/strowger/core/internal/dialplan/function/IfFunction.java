package org.strowger.core.internal.dialplan.function;

import static org.strowger.core.internal.dialplan.function.FunctionArguments.argument;
import static org.strowger.core.internal.dialplan.function.FunctionArguments.isEmpty;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanFunction;
import org.strowger.api.dialplan.DialplanFunctionException;

/**
 * {@code IF(expr?[true][:false])} (func_logic.c {@code acf_if}). The condition is the dialplan's
 * truth test; an empty condition, or neither branch, is a syntax error that gives an empty value,
 * not the false branch.
 */
@Component(service = DialplanFunction.class, property = DialplanFunction.NAME + "=IF")
public final class IfFunction implements DialplanFunction {

    @Override
    public String read(Channel channel, String arguments) throws DialplanFunctionException {
        List<String> condition = FunctionArguments.nonstandard(arguments, '?', 2);
        List<String> branches = FunctionArguments.nonstandard(argument(condition, 1), ':', 2);
        String expression = argument(condition, 0);
        String ifTrue = argument(branches, 0);
        String ifFalse = argument(branches, 1);
        if (isEmpty(expression) || (ifTrue == null && ifFalse == null)) {
            throw new DialplanFunctionException("Syntax IF(<expr>?[<true>][:<false>])  (expr must be non-null, and"
                    + " either <true> or <false> must be non-null)\n      In this case, <expr>='" + orNull(expression)
                    + "', <true>='" + orNull(ifTrue) + "', and <false>='" + orNull(ifFalse) + "'");
        }
        String chosen = Conditions.isTrue(FunctionArguments.strip(expression)) ? ifTrue : ifFalse;
        return chosen == null ? "" : FunctionArguments.strip(chosen);
    }

    /** How glibc's printf shows a NULL string. */
    private static String orNull(String text) {
        return text == null ? "(null)" : text;
    }

    @Override
    public String synopsis() {
        return "Check for an expresion.";
    }

    @Override
    public String syntax() {
        return "IF(expresion?[true][:false])";
    }
}
