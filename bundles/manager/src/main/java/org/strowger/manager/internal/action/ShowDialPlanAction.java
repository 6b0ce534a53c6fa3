package org.strowger.manager.internal.action;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.dialplan.Dialplan;
import org.strowger.api.dialplan.DialplanEntry;
import org.strowger.api.dialplan.DialplanListing;
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerResponse.ListItem;
import org.strowger.api.manager.ManagerSession;

/**
 * {@code ShowDialPlan} (main/pbx.c manager_show_dialplan): one {@code ListDialplan} event per
 * priority, hint, include and ignore pattern, optionally of one {@code Context} and of the
 * extensions matching one {@code Extension}, then {@code ShowDialPlanComplete} with the counts.
 */
@Component(property = {ManagerAction.ACTION + "=ShowDialPlan", ManagerAction.PRIVILEGE + "=config,reporting"})
public final class ShowDialPlanAction implements ManagerAction {

    private final Dialplan dialplan;

    @Activate
    public ShowDialPlanAction(@Reference Dialplan dialplan) {
        this.dialplan = dialplan;
    }

    @Override
    public ManagerResponse handle(ManagerRequest request, ManagerSession session) {
        String context = request.get("Context");
        String exten = request.get("Extension");
        DialplanListing listing = dialplan.listing(context, exten);
        if (!listing.contextFound()) {
            return ManagerResponse.error("Did not find context " + context);
        }
        if (!listing.extensionFound()) {
            return ManagerResponse.error(context.isEmpty() ? "Did not find extension " + exten + " in any context"
                    : "Did not find extension " + exten + "@" + context);
        }
        List<ListItem> items = new ArrayList<>();
        for (DialplanEntry entry : listing.entries()) {
            items.add(item(entry));
        }
        return ManagerResponse.list("DialPlan list will follow", items, "ShowDialPlanComplete")
                .withComplete("ListExtensions", listing.extensions())
                .withComplete("ListPriorities", listing.priorities())
                .withComplete("ListContexts", listing.contexts());
    }

    private static ListItem item(DialplanEntry entry) {
        List<String> fields = new ArrayList<>(List.of("Context", entry.context()));
        if (entry instanceof DialplanEntry.Priority priority) {
            fields.addAll(List.of("Extension", priority.extension()));
            if (!priority.label().isEmpty()) {
                fields.addAll(List.of("ExtensionLabel", priority.label()));
            }
            if (priority.isHint()) {
                fields.addAll(List.of("Priority", "hint", "Application", priority.application()));
            } else {
                fields.addAll(List.of("Priority", String.valueOf(priority.priority()), "Application",
                        priority.application(), "AppData", priority.data()));
            }
        } else if (entry instanceof DialplanEntry.Include include) {
            fields.addAll(List.of("IncludeContext", include.include()));
        } else if (entry instanceof DialplanEntry.IgnorePattern ignore) {
            fields.addAll(List.of("IgnorePattern", ignore.pattern()));
        }
        fields.addAll(List.of("Registrar", entry.registrar()));
        return ListItem.of("ListDialplan", fields.toArray(String[]::new));
    }

    @Override
    public String synopsis() {
        return "Show dialplan contexts and extensions";
    }
}
