package org.strowger.core.internal.dialplan.app;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.core.internal.dialplan.ApplicationArguments;
import org.strowger.core.internal.dialplan.DialplanEngine;
import org.strowger.core.internal.dialplan.RegisteredApplication;

/**
 * {@code ExecIf(expr?appiftrue(args)[:appiffalse(args)])} (apps/app_exec.c {@code execif_exec}): runs
 * one application or the other and returns what it returns; the old {@code ExecIf(expr,app,args)}
 * still works with Asterisk's deprecation warning. A missing application ends the call.
 */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=ExecIf")
public final class ExecIfApplication implements DialplanApplication {

    private static final Logger LOG = LoggerFactory.getLogger(ExecIfApplication.class);

    private final DialplanEngine engine;

    @Activate
    public ExecIfApplication(@Reference DialplanEngine engine) {
        this.engine = engine;
    }

    @Override
    public Result execute(Channel channel, String data) throws InterruptedException {
        int firstComma = data.indexOf(',');
        int firstQuestion = data.indexOf('?');
        String condition;
        String ifTrue;
        String ifFalse = null;
        String trueData = null;
        String falseData = null;
        if (firstQuestion < 0 || (firstComma >= 0 && firstComma < firstQuestion)) {
            List<String> old = ApplicationArguments.separate(data, ',', 3, true);
            condition = old.isEmpty() ? "" : old.get(0);
            ifTrue = old.size() > 1 ? old.get(1) : null;
            trueData = old.size() > 2 ? old.get(2) : null;
            LOG.warn("Deprecated syntax found.  Please upgrade to using ExecIf(<expr>?{}({}))", orNull(ifTrue),
                    orNull(trueData));
        } else {
            List<String> parts = ApplicationArguments.separate(data, '?', 2, false);
            if (parts.size() < 2 || parts.get(1).isEmpty()) {
                LOG.error("Usage: ExecIf(<expr>?<appiftrue>(<args>)[:<appiffalse>(<args)])");
                return Result.HANGUP;
            }
            condition = parts.get(0);
            List<String> apps = ApplicationArguments.separate(parts.get(1), ':', 2, false);
            ifTrue = apps.isEmpty() ? null : apps.get(0);
            ifFalse = apps.size() > 1 ? apps.get(1) : null;
            if (ifTrue != null && ifTrue.indexOf('(') >= 0) {
                trueData = arguments(ifTrue);
                ifTrue = ifTrue.substring(0, ifTrue.indexOf('('));
            }
            if (ifFalse != null && ifFalse.indexOf('(') >= 0) {
                falseData = arguments(ifFalse);
                ifFalse = ifFalse.substring(0, ifFalse.indexOf('('));
            }
        }
        if (Conditions.isTrue(condition)) {
            Optional<RegisteredApplication> app = ifTrue == null || ifTrue.isEmpty() ? Optional.empty()
                    : engine.application(ifTrue);
            if (app.isEmpty()) {
                LOG.warn("Could not find application! ({})", orNull(ifTrue));
                return Result.HANGUP;
            }
            return engine.execute(channel, app.get(), trueData == null ? "" : trueData);
        }
        if (ifFalse != null && !ifFalse.isEmpty()) {
            Optional<RegisteredApplication> app = engine.application(ifFalse);
            if (app.isEmpty()) {
                LOG.warn("Could not find application! ({})", ifFalse);
                return Result.HANGUP;
            }
            return engine.execute(channel, app.get(), falseData == null ? "" : falseData);
        }
        return Result.CONTINUE;
    }

    /** The text after the first {@code (} up to the last {@code )}. */
    private static String arguments(String call) {
        String rest = call.substring(call.indexOf('(') + 1);
        int end = rest.lastIndexOf(')');
        return end < 0 ? rest : rest.substring(0, end);
    }

    /** C prints a NULL string as {@code (null)}. */
    private static String orNull(String text) {
        return text == null ? "(null)" : text;
    }

    @Override
    public String synopsis() {
        return "Executes dialplan application, conditionally.";
    }

    @Override
    public String syntax() {
        return "ExecIf(expression?appiftrue(args)[:appiffalse(args)])";
    }
}
