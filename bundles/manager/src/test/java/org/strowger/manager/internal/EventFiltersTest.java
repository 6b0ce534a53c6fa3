package org.strowger.manager.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** should_send_event: includes, excludes, both. */
public class EventFiltersTest {

    private static final String NEWCHANNEL = "Event: Newchannel\r\nPrivilege: call,all\r\nChannel: Test/a-1\r\n\r\n";
    private static final String HANGUP = "Event: Hangup\r\nPrivilege: call,all\r\nChannel: Test/a-1\r\n\r\n";
    private static final String USER = "Event: UserEvent\r\nPrivilege: user,all\r\nUserEvent: x\r\n\r\n";

    @Test
    public void noFiltersPassEverything() {
        assertTrue(new EventFilters().allows(NEWCHANNEL));
    }

    @Test
    public void includesAloneNeedOneMatch() {
        EventFilters filters = new EventFilters();
        filters.add("Event: Newchannel");
        filters.add("Event: Hangup");
        assertTrue(filters.allows(NEWCHANNEL));
        assertTrue(filters.allows(HANGUP));
        assertFalse(filters.allows(USER));
    }

    @Test
    public void excludesAloneNeedNoMatch() {
        EventFilters filters = new EventFilters();
        filters.add("!Event: Hangup");
        assertTrue(filters.allows(NEWCHANNEL));
        assertFalse(filters.allows(HANGUP));
    }

    @Test
    public void bothNeedAnIncludeAndNoExclude() {
        EventFilters filters = new EventFilters();
        filters.add("Privilege: call");
        filters.add("!Event: Hangup");
        assertTrue(filters.allows(NEWCHANNEL));
        assertFalse(filters.allows(HANGUP));
        assertFalse(filters.allows(USER));
    }
}
