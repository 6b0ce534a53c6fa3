package org.strowger.core.internal.dialplan.function;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanFunction;
import org.strowger.api.dialplan.DialplanFunctionException;
import org.strowger.core.internal.dialplan.DialplanEngine;
import org.strowger.core.internal.dialplan.FunctionCalls;

/**
 * {@code ARRAY(var1[,var2[,...][,varN]])} (func_strings.c {@code array}), write-only:
 * {@code Set(ARRAY(a,b)=1,2)} splits the value on commas and sets each variable in turn. A variable
 * without a value is set to the empty string; at most 100 names and values are
 * split, the hundredth taking the rest. A name may itself be a function ({@code CALLERID(num)}).
 */
@Component(service = DialplanFunction.class, property = DialplanFunction.NAME + "=ARRAY")
public final class ArrayFunction implements DialplanFunction {

    /** AST_APP_ARG(var)[100]. */
    static final int MAX_ITEMS = 100;

    private final DialplanEngine engine;

    @Activate
    public ArrayFunction(@Reference DialplanEngine engine) {
        this.engine = engine;
    }

    @Override
    public String read(Channel channel, String arguments) throws DialplanFunctionException {
        throw new DialplanFunctionException("Function ARRAY cannot be read");
    }

    @Override
    public void write(Channel channel, String arguments, String value) throws DialplanFunctionException {
        assign(engine.functionCalls(), channel, false, arguments, value);
    }

    /**
     * The body of {@code array()}, shared with {@code HASH(name)=...}: for a hash the names come
     * from the {@code ~ODBCFIELDS~} variable and each becomes a key of the hash {@code variables}.
     */
    static void assign(FunctionCalls calls, Channel channel, boolean hash, String variables, String value)
            throws DialplanFunctionException {
        String names = variables;
        if (hash) {
            Optional<String> fields = calls.variable(channel, "~ODBCFIELDS~");
            if (fields.isEmpty()) {
                throw new DialplanFunctionException("");
            }
            names = fields.get();
        }
        List<String> keys = FunctionArguments.standard(names, MAX_ITEMS);
        List<String> values = FunctionArguments.standard(value, MAX_ITEMS);
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (i < values.size()) {
                calls.assign(channel, hash ? HashFunction.inheritableKey(variables, key) : key, values.get(i));
            } else {
                // Asterisk empties missing ones rather than unsetting them; for a hash it keeps the
                // underscores inside the name here, unlike above.
                calls.assign(channel, hash ? HashFunction.key(variables, key) : key, "");
            }
        }
    }

    @Override
    public boolean isWritable() {
        return true;
    }

    @Override
    public String synopsis() {
        return "Allows setting multiple variables at once.";
    }

    @Override
    public String syntax() {
        return "ARRAY(var1[,var2[,...][,varN]])";
    }
}
