package org.strowger.manager.internal.action;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerSession;
import org.strowger.api.state.ExtensionState;
import org.strowger.api.state.Hint;
import org.strowger.api.state.Hints;

/**
 * {@code ExtensionState} (action_extensionstate): the hint's state of {@code Exten@Context}
 * (context {@code default} if none). An extension without a hint is state -1, which
 * ast_extension_state2str does not know: {@code Unknown}.
 */
@Component(property = {ManagerAction.ACTION + "=ExtensionState", ManagerAction.PRIVILEGE + "=call,reporting"})
public final class ExtensionStateAction implements ManagerAction {

    private final Hints hints;

    @Activate
    public ExtensionStateAction(@Reference Hints hints) {
        this.hints = hints;
    }

    @Override
    public ManagerResponse handle(ManagerRequest request, ManagerSession session) {
        String exten = request.get("Exten");
        String context = request.get("Context");
        if (exten.isEmpty()) {
            return ManagerResponse.error("Extension not specified");
        }
        if (context.isEmpty()) {
            context = "default";
        }
        Optional<Hint> hint = hints.hint(context, exten);
        int status = hint.map(h -> h.state().code()).orElse(-1);
        return ManagerResponse.success("Extension Status")
                .with("Exten", exten)
                .with("Context", context)
                .with("Hint", hint.map(Hint::application).orElse(""))
                .with("Status", status)
                .with("StatusText", hint.isPresent() ? ExtensionState.textOf(status) : ExtensionState.UNKNOWN_TEXT);
    }

    @Override
    public String synopsis() {
        return "Check Extension Status.";
    }
}
