package org.strowger.core.internal.dialplan;

import java.util.Optional;

import org.strowger.api.channel.Channel;

/**
 * {@code ${NAME}} with dialplan functions: a name with a {@code (} is a function call
 * ({@code parse_variable_name} in main/pbx_variables.c), anything else goes to the variables.
 */
final class FunctionVariables implements VariableSource {

    private final FunctionCalls functions;
    private final Channel channel;
    private final VariableSource variables;

    FunctionVariables(FunctionCalls functions, Channel channel, VariableSource variables) {
        this.functions = functions;
        this.channel = channel;
        this.variables = variables;
    }

    @Override
    public Optional<String> lookup(String name) {
        return name.indexOf('(') >= 0 ? functions.read(channel, name) : variables.lookup(name);
    }
}
