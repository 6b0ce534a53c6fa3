package org.strowger.manager.internal.action;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerResponse.ListItem;
import org.strowger.api.manager.ManagerSession;
import org.strowger.api.state.Hint;
import org.strowger.api.state.Hints;

/**
 * {@code ExtensionStateList} (action_extensionstatelist): an {@code ExtensionStatus} per hint,
 * pattern hints ({@code _X.}) left out as Asterisk leaves them out.
 */
@Component(property = {ManagerAction.ACTION + "=ExtensionStateList", ManagerAction.PRIVILEGE + "=call,reporting"})
public final class ExtensionStateListAction implements ManagerAction {

    private final Hints hints;

    @Activate
    public ExtensionStateListAction(@Reference Hints hints) {
        this.hints = hints;
    }

    @Override
    public ManagerResponse handle(ManagerRequest request, ManagerSession session) {
        List<Hint> all = hints.hints();
        if (all.isEmpty()) {
            return ManagerResponse.error("No dialplan hints are available");
        }
        List<ListItem> items = new ArrayList<>();
        for (Hint hint : all) {
            if (hint.exten().startsWith("_")) {
                continue;
            }
            items.add(ListItem.of("ExtensionStatus", "Exten", hint.exten(), "Context", hint.context(),
                    "Hint", hint.application(), "Status", String.valueOf(hint.state().code()),
                    "StatusText", hint.state().text()));
        }
        return ManagerResponse.list("Extension Statuses will follow", items, "ExtensionStateListComplete");
    }

    @Override
    public String synopsis() {
        return "List the current known extension states.";
    }
}
