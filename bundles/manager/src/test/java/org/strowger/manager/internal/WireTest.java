package org.strowger.manager.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;
import org.strowger.api.event.EventCategory;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerResponse.ListItem;

/** astman_send_response_full, astman_send_listack / list_complete and manager_event on the wire. */
public class WireTest {

    @Test
    public void actionIdFollowsResponseOnlyWhenSent() {
        assertEquals("Response: Error\r\nActionID: 7#\r\nMessage: Permission denied\r\n\r\n",
                Wire.response(ManagerResponse.error("Permission denied"), "7#"));
        assertEquals("Response: Error\r\nMessage: Permission denied\r\n\r\n",
                Wire.response(ManagerResponse.error("Permission denied"), ""));
    }

    @Test
    public void listResponse() {
        ManagerResponse list = ManagerResponse.list("Channels will follow",
                List.of(ListItem.of("CoreShowChannel", "Channel", "Test/a-1"),
                        ListItem.of("CoreShowChannel", "Channel", "Test/b-2")),
                "CoreShowChannelsComplete");
        assertEquals("Response: Success\r\nActionID: 42\r\nEventList: start\r\nMessage: Channels will follow\r\n\r\n"
                + "Event: CoreShowChannel\r\nActionID: 42\r\nChannel: Test/a-1\r\n\r\n"
                + "Event: CoreShowChannel\r\nActionID: 42\r\nChannel: Test/b-2\r\n\r\n"
                + "Event: CoreShowChannelsComplete\r\nActionID: 42\r\nEventList: Complete\r\nListItems: 2\r\n\r\n",
                Wire.response(list, "42"));
    }

    @Test
    public void listCompleteExtrasAndNoEventListHeaders() {
        ManagerResponse list = ManagerResponse.list("Skype buddy status list will follow", List.of(),
                "SkypeBuddylistComplete").withoutEventListHeaders();
        assertEquals("Response: Success\r\nMessage: Skype buddy status list will follow\r\n\r\n"
                + "Event: SkypeBuddylistComplete\r\nListItems: 0\r\n\r\n", Wire.response(list, ""));

        ManagerResponse status = ManagerResponse.list("Channel status will follow", List.of(), "StatusComplete")
                .withComplete("Items", 0);
        assertEquals("Response: Success\r\nEventList: start\r\nMessage: Channel status will follow\r\n\r\n"
                + "Event: StatusComplete\r\nEventList: Complete\r\nListItems: 0\r\nItems: 0\r\n\r\n",
                Wire.response(status, ""));
    }

    @Test
    public void commandOutputAsterisk14() {
        assertEquals("Response: Success\r\nActionID: 1\r\nMessage: Command output follows\r\n"
                + "Output: line one\r\nOutput: \u0020\u0020two\r\n\r\n",
                Wire.response(ManagerResponse.commandOutput(true, "line one\n\u001B[1;31m  two\u001B[0m\n"), "1"));
        assertEquals("Response: Error\r\nMessage: Command output follows\r\nOutput: \r\n\r\n",
                Wire.response(ManagerResponse.commandOutput(false, ""), ""));
    }

    @Test
    public void broadcastEventCarriesPrivilege() {
        PbxEvent event = PbxEvent.builder("UserEvent", EventCategory.USER).field("UserEvent", "x").build();
        assertEquals("Event: UserEvent\r\nPrivilege: user,all\r\nUserEvent: x\r\n\r\n", Wire.event(event));
    }
}
