package org.strowger.core.internal.dialplan.function;

import static org.strowger.core.internal.dialplan.function.FunctionArguments.argument;

import java.util.List;
import java.util.StringJoiner;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanFunction;
import org.strowger.api.dialplan.DialplanFunctionException;
import org.strowger.core.internal.dialplan.DialplanEngine;
import org.strowger.core.internal.dialplan.FunctionCalls;

/**
 * {@code HASH(hashname[,hashkey])} (func_strings.c {@code hash_read} / {@code hash_write}): an
 * associative array kept in channel variables named {@code ~HASH~hashname~hashkey~}. A leading
 * {@code _} or {@code __} on the hash name makes its keys inherited. With only the hash name, a
 * read gives every value (and leaves the keys in {@code ~ODBCFIELDS~}); a write sets the keys that
 * {@code ~ODBCFIELDS~} names, as func_odbc results do.
 */
@Component(service = DialplanFunction.class, property = DialplanFunction.NAME + "=HASH")
public final class HashFunction implements DialplanFunction {

    private final DialplanEngine engine;

    @Activate
    public HashFunction(@Reference DialplanEngine engine) {
        this.engine = engine;
    }

    /** HASH_FORMAT {@code ~HASH~%s~%s~}. */
    static String key(String hash, String key) {
        return "~HASH~" + hash + "~" + key + "~";
    }

    /** HASH_FORMAT with the hash name's inheritance underscores moved to the front. */
    static String inheritableKey(String hash, String key) {
        if (hash.startsWith("__")) {
            return "__" + key(hash.substring(2), key);
        }
        return hash.startsWith("_") ? "_" + key(hash.substring(1), key) : key(hash, key);
    }

    @Override
    public String read(Channel channel, String arguments) throws DialplanFunctionException {
        FunctionCalls calls = engine.functionCalls();
        List<String> args = FunctionArguments.standard(arguments, 2);
        if (args.size() == 2) {
            return calls.variable(channel, key(args.get(0), args.get(1))).orElse("");
        }
        if (args.size() != 1) {
            return "";
        }
        if (channel == null) {
            throw new DialplanFunctionException("No channel and only 1 parameter was provided to HASH function.");
        }
        String hash = args.get(0);
        String keys = HashKeysFunction.keys(channel, hash);
        calls.assign(channel, "~ODBCFIELDS~", keys);
        StringJoiner values = new StringJoiner(",");
        for (String column : FunctionArguments.standard(keys, ArrayFunction.MAX_ITEMS)) {
            values.add(calls.variable(channel, key(hash, column)).orElse(""));
        }
        return values.toString();
    }

    @Override
    public void write(Channel channel, String arguments, String value) throws DialplanFunctionException {
        FunctionCalls calls = engine.functionCalls();
        if (arguments.indexOf(',') < 0) {
            ArrayFunction.assign(calls, channel, true, arguments, value);
            return;
        }
        List<String> args = FunctionArguments.standard(arguments, 2);
        calls.assign(channel, inheritableKey(args.get(0), argument(args, 1)), value);
    }

    @Override
    public boolean isWritable() {
        return true;
    }

    @Override
    public String synopsis() {
        return "Implementation of a dialplan associative array";
    }

    @Override
    public String syntax() {
        return "HASH(hashname[,hashkey])";
    }
}
