package org.strowger.core.internal.dialplan.app;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.core.internal.dialplan.DialplanEngine;
import org.strowger.core.internal.dialplan.function.FunctionArguments;

/**
 * {@code MSet(name1=value1[,name2=value2[,...]])} (pbx_variables.c
 * {@code pbx_builtin_setvar_multiple}): several assignments split on commas (so values cannot
 * hold one unless quoted or escaped), each on its first {@code =}. An entry without {@code =} is
 * skipped with Asterisk's warning.
 */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=MSet")
public final class MSetApplication implements DialplanApplication {

    private static final Logger LOG = LoggerFactory.getLogger(MSetApplication.class);

    /** AST_APP_ARG(pair)[99]. */
    private static final int MAX_PAIRS = 99;

    private final DialplanEngine engine;

    @Activate
    public MSetApplication(@Reference DialplanEngine engine) {
        this.engine = engine;
    }

    @Override
    public Result execute(Channel channel, String data) {
        if (data == null || data.isEmpty()) {
            LOG.warn("MSet requires at least one variable name/value pair.");
            return Result.CONTINUE;
        }
        for (String entry : FunctionArguments.standard(data, MAX_PAIRS)) {
            List<String> pair = FunctionArguments.nonstandard(entry, '=', 2);
            if (pair.size() == 2) {
                engine.functionCalls().assign(channel, pair.get(0), pair.get(1));
                if (pair.get(0).indexOf(' ') >= 0) {
                    LOG.warn("Please avoid unnecessary spaces on variables as it may lead to unexpected results ('{}' set to '{}').",
                            pair.get(0), pair.get(1));
                }
            } else {
                // Asterisk's message, unclosed parenthesis and all.
                LOG.warn("MSet: ignoring entry '{}' with no '=' (in {}@{}:{}", pair.isEmpty() ? "" : pair.get(0),
                        channel.exten(), channel.context(), channel.priority());
            }
        }
        return Result.CONTINUE;
    }

    @Override
    public String synopsis() {
        return "Set channel variable(s) or function value(s).";
    }

    @Override
    public String syntax() {
        return "MSet(name1=value1[,name2=value2[,...]])";
    }
}
