package org.strowger.manager.internal;

import org.strowger.api.event.PbxEvent;
import org.strowger.api.manager.ManagerHeader;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerResponse.ListItem;

/** The text of responses and events on the wire: CRLF line ends, an empty line after each message. */
public final class Wire {

    static final String CRLF = "\r\n";

    private Wire() {
    }

    /**
     * A response as astman_send_response_full writes it, followed for a list by its events and the
     * completion event (astman_send_listack, astman_send_list_complete_start/end).
     *
     * @param actionId the request's ActionID; echoed only when non-empty
     */
    public static String response(ManagerResponse response, String actionId) {
        StringBuilder out = new StringBuilder(128);
        line(out, "Response", response.status());
        actionId(out, actionId);
        boolean eventListHeaders = response.eventList().map(ManagerResponse.EventList::eventListHeaders).orElse(false);
        if (eventListHeaders) {
            line(out, "EventList", "start");
        }
        response.message().ifPresent(message -> line(out, "Message", message));
        for (ManagerHeader header : response.headers()) {
            line(out, header.name(), header.value());
        }
        out.append(CRLF);
        response.eventList().ifPresent(list -> {
            for (ListItem item : list.items()) {
                line(out, "Event", item.event());
                if (!item.actionIdLast()) {
                    actionId(out, actionId);
                }
                for (ManagerHeader field : item.fields()) {
                    line(out, field.name(), field.value());
                }
                if (item.actionIdLast()) {
                    actionId(out, actionId);
                }
                out.append(CRLF);
            }
            line(out, "Event", list.completeEvent());
            actionId(out, actionId);
            if (list.eventListHeaders()) {
                line(out, "EventList", "Complete");
            }
            line(out, "ListItems", String.valueOf(list.items().size()));
            for (ManagerHeader header : list.completeHeaders()) {
                line(out, header.name(), header.value());
            }
            out.append(CRLF);
        });
        return out.toString();
    }

    /** A broadcast event: {@code Event}, {@code Privilege: <classes>,all}, the fields (manager_event). */
    public static String event(PbxEvent event) {
        StringBuilder out = new StringBuilder(256);
        line(out, "Event", event.name());
        line(out, "Privilege", Permissions.toText(event.categoryMask()));
        for (PbxEvent.Field field : event.fields()) {
            line(out, field.name(), field.value());
        }
        out.append(CRLF);
        return out.toString();
    }

    private static void actionId(StringBuilder out, String actionId) {
        if (actionId != null && !actionId.isEmpty()) {
            line(out, "ActionID", actionId);
        }
    }

    private static void line(StringBuilder out, String name, String value) {
        out.append(name).append(": ").append(value).append(CRLF);
    }
}
