package org.strowger.core.internal.state;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanFunction;
import org.strowger.api.dialplan.DialplanFunctionException;
import org.strowger.api.state.ExtensionState;
import org.strowger.api.state.Hint;
import org.strowger.api.state.Hints;

/**
 * {@code EXTENSION_STATE(exten[@context])} of Asterisk's func_extstate.c: the state of a hinted
 * extension in the names of {@code ast_extstate_str}; {@code UNKNOWN} for an extension without a
 * hint. The context defaults to {@code default}.
 */
@Component(service = DialplanFunction.class, property = DialplanFunction.NAME + "=EXTENSION_STATE")
public final class ExtensionStateFunction implements DialplanFunction {

    private final Hints hints;

    @Activate
    public ExtensionStateFunction(@Reference Hints hints) {
        this.hints = hints;
    }

    @Override
    public String read(Channel channel, String arguments) throws DialplanFunctionException {
        if (arguments == null || arguments.isEmpty()) {
            throw new DialplanFunctionException("EXTENSION_STATE requires an extension");
        }
        int at = arguments.indexOf('@');
        String exten = at < 0 ? arguments : arguments.substring(0, at);
        String context = at < 0 || at == arguments.length() - 1 ? "default" : arguments.substring(at + 1);
        if (exten.isEmpty()) {
            throw new DialplanFunctionException("EXTENSION_STATE requires an extension");
        }
        return hints.hint(context, exten).map(Hint::state).map(ExtensionStateFunction::name).orElse("UNKNOWN");
    }

    /** {@code ast_extstate_str}. */
    static String name(ExtensionState state) {
        return switch (state) {
            case NOT_INUSE -> "NOT_INUSE";
            case INUSE -> "INUSE";
            case BUSY -> "BUSY";
            case UNAVAILABLE -> "UNAVAILABLE";
            case RINGING -> "RINGING";
            case INUSE_RINGING -> "RINGINUSE";
            case INUSE_ONHOLD -> "HOLDINUSE";
            case ONHOLD -> "ONHOLD";
            default -> "UNKNOWN";
        };
    }

    @Override
    public String synopsis() {
        return "Get an extension's state.";
    }

    @Override
    public String syntax() {
        return "EXTENSION_STATE(extension[@context])";
    }
}
