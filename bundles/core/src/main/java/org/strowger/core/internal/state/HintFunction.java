package org.strowger.core.internal.state;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.Dialplan;
import org.strowger.api.dialplan.DialplanFunction;
import org.strowger.api.dialplan.DialplanFunctionException;

/**
 * {@code HINT(exten[@context][,options])} of Asterisk's func_devstate.c: the devices of a hint, or
 * with option {@code n} its name (the part of {@code exten => 100,hint,SIP/100(Alice)} in
 * parentheses). The context defaults to {@code default}.
 */
@Component(service = DialplanFunction.class, property = DialplanFunction.NAME + "=HINT")
public final class HintFunction implements DialplanFunction {

    private final Dialplan dialplan;

    @Activate
    public HintFunction(@Reference Dialplan dialplan) {
        this.dialplan = dialplan;
    }

    @Override
    public String read(Channel channel, String arguments) throws DialplanFunctionException {
        if (arguments == null || arguments.isEmpty()) {
            throw new DialplanFunctionException("The HINT function requires an extension");
        }
        int comma = arguments.indexOf(',');
        String target = comma < 0 ? arguments : arguments.substring(0, comma);
        String options = comma < 0 ? "" : arguments.substring(comma + 1);
        if (target.isEmpty()) {
            throw new DialplanFunctionException("The HINT function requires an extension");
        }
        int at = target.indexOf('@');
        String exten = at < 0 ? target : target.substring(0, at);
        String context = at < 0 || at == target.length() - 1 ? "default" : target.substring(at + 1);
        Optional<HintText> hint = dialplan.hint(context, exten).map(HintText::parse);
        if (hint.isEmpty()) {
            // ast_get_hint found nothing: hint_read fails without a word, and the value is empty.
            return "";
        }
        return options.indexOf('n') >= 0 ? hint.get().name() : hint.get().application();
    }

    @Override
    public String synopsis() {
        return "Get the devices set for a dialplan hint.";
    }

    @Override
    public String syntax() {
        return "HINT(extension[@context][,options])";
    }
}
