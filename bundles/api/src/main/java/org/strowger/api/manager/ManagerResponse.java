package org.strowger.api.manager;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an action answers. Immutable; the {@code with...} methods return a copy.
 *
 * <p>The manager writes {@code Response: <status>}, the request's {@code ActionID} if it had one,
 * {@code EventList: start} for a list with event-list headers, {@code Message: <message>} if there
 * is one, then the extra {@link #headers()} in order. A {@link #list list response} then sends one
 * event per item ({@code Event: <item>}, ActionID, fields) and the completion event
 * {@code Event: <complete>}, ActionID, {@code EventList: Complete}, {@code ListItems: N}, then
 * {@link #completeHeaders()} (Asterisk's astman_send_listack / astman_send_list_complete).
 * A {@code Goodbye} response closes the connection once written.
 */
public final class ManagerResponse {

    /**
     * One event of a list response, without a {@code Privilege} header (per-request events have none).
     *
     * @param event the {@code Event:} name
     * @param fields the lines after the ActionID (or before it, see {@code actionIdLast})
     * @param actionIdLast whether the ActionID line comes after the fields rather than right after
     *     {@code Event:}, as Asterisk writes a few hand-made list events ({@code Status},
     *     {@code ChannelHungup})
     * @since 1.1
     */
    public record ListItem(String event, List<ManagerHeader> fields, boolean actionIdLast) {

        public ListItem {
            Objects.requireNonNull(event, "event");
            fields = List.copyOf(fields);
        }

        /** An item with the ActionID right after {@code Event:}, the usual place. */
        public ListItem(String event, List<ManagerHeader> fields) {
            this(event, fields, false);
        }

        /** An item of these name/value pairs. */
        public static ListItem of(String event, String... namesAndValues) {
            return new ListItem(event, ManagerRequest.of(namesAndValues).headers());
        }

        /** A copy whose ActionID line is written after the fields. */
        public ListItem withActionIdLast() {
            return new ListItem(event, fields, true);
        }
    }

    /** The list part of a list response. */
    public record EventList(List<ListItem> items, String completeEvent, List<ManagerHeader> completeHeaders,
            boolean eventListHeaders) {

        public EventList {
            items = List.copyOf(items);
            Objects.requireNonNull(completeEvent, "completeEvent");
            completeHeaders = List.copyOf(completeHeaders);
        }
    }

    private final String status;
    private final String message;
    private final List<ManagerHeader> headers;
    private final EventList list;

    private ManagerResponse(String status, String message, List<ManagerHeader> headers, EventList list) {
        this.status = status;
        this.message = message;
        this.headers = List.copyOf(headers);
        this.list = list;
    }

    /** {@code Response: Success} with a {@code Message}. */
    public static ManagerResponse success(String message) {
        return new ManagerResponse("Success", Objects.requireNonNull(message, "message"), List.of(), null);
    }

    /** {@code Response: Success} with no {@code Message}, for actions whose answer is in headers ({@code Ping}). */
    public static ManagerResponse success() {
        return new ManagerResponse("Success", null, List.of(), null);
    }

    /** {@code Response: Error} with Asterisk's message text. */
    public static ManagerResponse error(String message) {
        return new ManagerResponse("Error", Objects.requireNonNull(message, "message"), List.of(), null);
    }

    /** {@code Response: Goodbye}: the manager closes the connection after writing it. */
    public static ManagerResponse goodbye(String message) {
        return new ManagerResponse("Goodbye", Objects.requireNonNull(message, "message"), List.of(), null);
    }

    /**
     * A list action's answer: {@code Success} with {@code EventList: start} and the message
     * ({@code Channels will follow}), the items, then {@code <completeEvent>} with
     * {@code EventList: Complete} and {@code ListItems}.
     */
    public static ManagerResponse list(String message, List<ListItem> items, String completeEvent) {
        return new ManagerResponse("Success", Objects.requireNonNull(message, "message"), List.of(),
                new EventList(items, completeEvent, List.of(), true));
    }

    /**
     * The answer of the {@code Command} action in Asterisk 14+ form: {@code Success}, or
     * {@code Error} when the command failed, {@code Message: Command output follows} and one
     * {@code Output:} line per line of output, terminal escape sequences removed and the final
     * newline dropped (so empty output is one empty {@code Output:} line).
     */
    public static ManagerResponse commandOutput(boolean succeeded, String output) {
        String text = output.replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "");
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        List<ManagerHeader> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(new ManagerHeader("Output", line.endsWith("\r") ? line.substring(0, line.length() - 1) : line));
        }
        return new ManagerResponse(succeeded ? "Success" : "Error", "Command output follows", lines, null);
    }

    /** A copy with one more header after the message. */
    public ManagerResponse with(String name, Object value) {
        List<ManagerHeader> more = new ArrayList<>(headers);
        more.add(new ManagerHeader(name, value == null ? "" : String.valueOf(value)));
        return new ManagerResponse(status, message, more, list);
    }

    /** A copy of a list response with one more header in its completion event, after {@code ListItems}. */
    public ManagerResponse withComplete(String name, Object value) {
        EventList current = requireList();
        List<ManagerHeader> more = new ArrayList<>(current.completeHeaders());
        more.add(new ManagerHeader(name, value == null ? "" : String.valueOf(value)));
        return new ManagerResponse(status, message, headers,
                new EventList(current.items(), current.completeEvent(), more, current.eventListHeaders()));
    }

    /**
     * A copy of a list response without the {@code EventList: start/Complete} headers, for the
     * list actions of modules that never sent them ({@code SkypeBuddies}).
     */
    public ManagerResponse withoutEventListHeaders() {
        EventList current = requireList();
        return new ManagerResponse(status, message, headers,
                new EventList(current.items(), current.completeEvent(), current.completeHeaders(), false));
    }

    private EventList requireList() {
        if (list == null) {
            throw new IllegalStateException("not a list response");
        }
        return list;
    }

    /** {@code Success}, {@code Error} or {@code Goodbye}. */
    public String status() {
        return status;
    }

    public boolean isSuccess() {
        return "Success".equals(status);
    }

    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    /** The headers after the message, in order. */
    public List<ManagerHeader> headers() {
        return headers;
    }

    /** The list part, if this is a list response. */
    public Optional<EventList> eventList() {
        return Optional.ofNullable(list);
    }

    @Override
    public String toString() {
        return "ManagerResponse[" + status + (message == null ? "" : ": " + message) + "]";
    }
}
