package org.strowger.manager.internal.action;

import java.util.regex.PatternSyntaxException;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerSession;

/** {@code Filter} (action_filter): adds an include ({@code regex}) or exclude ({@code !regex}) filter. */
@Component(property = {ManagerAction.ACTION + "=Filter", ManagerAction.PRIVILEGE + "=system"})
public final class FilterAction implements ManagerAction {

    @Override
    public ManagerResponse handle(ManagerRequest request, ManagerSession session) {
        if (!request.get("Operation").equalsIgnoreCase("Add")) {
            return ManagerResponse.error("Unknown operation");
        }
        try {
            session.addEventFilter(request.get("Filter"));
        } catch (PatternSyntaxException e) {
            return ManagerResponse.error("Filter did not compile.  Check the syntax of the filter given.");
        }
        return ManagerResponse.success("Success");
    }

    @Override
    public String synopsis() {
        return "Dynamically add filters for the current manager session.";
    }
}
