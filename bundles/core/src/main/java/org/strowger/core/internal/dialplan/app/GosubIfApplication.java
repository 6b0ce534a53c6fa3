package org.strowger.core.internal.dialplan.app;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.core.internal.dialplan.ApplicationArguments;
import org.strowger.core.internal.dialplan.DialplanEngine;

/** {@code GosubIf(condition?labeliftrue[(args)][:labeliffalse[(args)]])} ({@code gosubif_exec}). */
@Component(service = DialplanApplication.class, property = DialplanApplication.NAME + "=GosubIf")
public final class GosubIfApplication implements DialplanApplication {

    private static final Logger LOG = LoggerFactory.getLogger(GosubIfApplication.class);

    private final DialplanEngine engine;

    @Activate
    public GosubIfApplication(@Reference DialplanEngine engine) {
        this.engine = engine;
    }

    @Override
    public Result execute(Channel channel, String data) {
        List<String> condition = ApplicationArguments.separate(data, '?', 2, false);
        if (data.isEmpty() || condition.size() != 2) {
            LOG.warn("GosubIf requires an argument: GosubIf(cond?label1(args):label2(args)");
            return Result.CONTINUE;
        }
        List<String> labels = ApplicationArguments.separate(condition.get(1), ':', 2, false);
        String ifTrue = labels.isEmpty() ? "" : labels.get(0);
        String ifFalse = labels.size() > 1 ? labels.get(1) : "";
        if (Conditions.isTrue(condition.get(0))) {
            return ifTrue.isEmpty() ? Result.CONTINUE : Gosub.call(engine, channel, ifTrue);
        }
        return ifFalse.isEmpty() ? Result.CONTINUE : Gosub.call(engine, channel, ifFalse);
    }

    @Override
    public String synopsis() {
        return "Conditionally jump to label, saving return address.";
    }
}
