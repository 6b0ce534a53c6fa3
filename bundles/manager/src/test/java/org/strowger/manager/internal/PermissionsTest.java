package org.strowger.manager.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;
import org.strowger.api.event.EventCategory;

/** get_perm, strings_to_mask and authority_to_str of main/manager.c. */
public class PermissionsTest {

    private static final int SYSTEM = EventCategory.SYSTEM.bit();
    private static final int CALL = EventCategory.CALL.bit();

    @Test
    public void classListsAreMasks() {
        assertEquals(SYSTEM | CALL, Permissions.parse("system,call"));
        assertEquals(Permissions.ALL, Permissions.parse("all"));
        assertEquals(0, Permissions.parse(""));
        assertEquals(0, Permissions.parse("bogus"));
    }

    @Test
    public void earlierTokensMatchAsPrefixesTheLastOneExactly() {
        assertEquals(SYSTEM | CALL, Permissions.parse("sys,call"));
        assertEquals("the last token must be a whole label", SYSTEM, Permissions.parse("system,cal"));
        assertEquals("labels are case-sensitive", 0, Permissions.parse("System"));
        assertEquals("an empty token matches everything", Permissions.ALL, Permissions.parse("call,,user"));
    }

    @Test
    public void eventMasks() {
        assertEquals(-1, Permissions.parseEventMask(""));
        assertEquals(0, Permissions.parseEventMask("off"));
        assertEquals(0, Permissions.parseEventMask("0"));
        assertEquals(1, Permissions.parseEventMask("1"));
        assertEquals(Permissions.ALL, Permissions.parseEventMask("on"));
        assertEquals(Permissions.ALL, Permissions.parseEventMask("YES"));
        assertEquals(CALL | EventCategory.USER.bit(), Permissions.parseEventMask("call,user"));
        assertEquals(0, Permissions.parseEventMask("nonsense"));
    }

    @Test
    public void privilegeTextEndsInAll() {
        assertEquals("call,all", Permissions.toText(CALL));
        assertEquals("system,call,all", Permissions.toText(SYSTEM | CALL));
        assertEquals("command,all", Permissions.toText(EventCategory.COMMAND.bit()));
        assertEquals("<none>", Permissions.toText(0));
    }
}
