package org.strowger.core.internal.dialplan;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanFunction;
import org.strowger.api.dialplan.DialplanFunctionException;

/**
 * Reading and writing dialplan functions and assigning variables, as main/pbx_functions.c
 * ({@code ast_func_read}, {@code ast_func_write}) and main/pbx_variables.c
 * ({@code pbx_builtin_setvar_helper}) do. Failures are logged with Asterisk's text and never thrown:
 * a bad function call must not end a call.
 */
public final class FunctionCalls {

    private static final Logger LOG = LoggerFactory.getLogger(FunctionCalls.class);

    private final FunctionRegistry registry;
    private final GlobalVariables globals;

    FunctionCalls(FunctionRegistry registry, GlobalVariables globals) {
        this.registry = registry;
        this.globals = globals;
    }

    /**
     * {@code ast_func_read}: the value of {@code NAME(args)}.
     *
     * @param channel the channel, or {@code null} (AMI, globals)
     * @return the value, empty when the function is unknown or failed (already logged)
     */
    public Optional<String> read(Channel channel, String call) {
        Call parsed = Call.parse(call);
        Optional<RegisteredFunction> found = registry.find(parsed.name());
        if (found.isEmpty()) {
            LOG.error("Function {} not registered", parsed.name());
            return Optional.empty();
        }
        DialplanFunction function = found.get().function();
        try {
            String value = function.read(channel, parsed.arguments());
            return Optional.of(value == null ? "" : value);
        } catch (DialplanFunctionException e) {
            logRefusal(e);
        } catch (RuntimeException e) {
            LOG.error("Function {} failed on '{}'", parsed.name(), parsed.arguments(), e);
        }
        return Optional.empty();
    }

    /**
     * {@code ast_func_write}: {@code Set(NAME(args)=value)}.
     *
     * @return whether the function took the value
     */
    public boolean write(Channel channel, String call, String value) {
        Call parsed = Call.parse(call);
        Optional<RegisteredFunction> found = registry.find(parsed.name());
        if (found.isEmpty()) {
            LOG.error("Function {} not registered", parsed.name());
            return false;
        }
        DialplanFunction function = found.get().function();
        if (!function.isWritable()) {
            LOG.error("Function {} cannot be written to", parsed.name());
            return false;
        }
        try {
            function.write(channel, parsed.arguments(), value == null ? "" : value);
            return true;
        } catch (DialplanFunctionException e) {
            logRefusal(e);
        } catch (RuntimeException e) {
            LOG.error("Function {} failed to write '{}'", parsed.name(), parsed.arguments(), e);
        }
        return false;
    }

    /**
     * {@code pbx_builtin_setvar_helper}: a name ending in {@code )} writes a function; anything else
     * sets a channel variable ({@code _X}, {@code __X} inherited), or a global when there is no
     * channel. An empty value leaves the variable set to the empty string.
     */
    public void assign(Channel channel, String name, String value) {
        if (name.endsWith(")")) {
            write(channel, name, value);
            return;
        }
        String kept = value == null ? "" : value;
        if (channel != null) {
            channel.setVariable(name, kept);
        } else {
            // ast_var_name: globals are found without their inheritance underscores too.
            globals.set(withoutInheritance(name), kept);
        }
    }

    /** {@code pbx_builtin_getvar_helper}: the channel's variable, else the global. */
    public Optional<String> variable(Channel channel, String name) {
        if (channel != null) {
            Optional<String> own = channel.variable(name);
            if (own.isPresent()) {
                return own;
            }
        }
        return globals.get(name);
    }

    private static void logRefusal(DialplanFunctionException e) {
        // An empty message is a function failing quietly, as many of Asterisk's do (return -1).
        if (e.getMessage() != null && !e.getMessage().isBlank()) {
            LOG.warn("{}", e.getMessage());
        }
    }

    private static String withoutInheritance(String name) {
        if (name.startsWith("__")) {
            return name.substring(2);
        }
        return name.startsWith("_") ? name.substring(1) : name;
    }

    /**
     * {@code func_args}: the name runs to the first {@code (}, the arguments to the last {@code )}.
     */
    record Call(String name, String arguments) {

        static Call parse(String call) {
            int open = call.indexOf('(');
            if (open < 0) {
                LOG.warn("Function '{}' doesn't contain parentheses.  Assuming null argument.", call);
                return new Call(call, "");
            }
            String name = call.substring(0, open);
            String rest = call.substring(open + 1);
            int close = rest.lastIndexOf(')');
            if (close < 0) {
                LOG.warn("Can't find trailing parenthesis for function '{}({}'?", name, rest);
                return new Call(name, rest);
            }
            return new Call(name, rest.substring(0, close));
        }
    }
}
