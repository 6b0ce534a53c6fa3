package org.strowger.community.directory.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Arrays;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.strowger.community.directory.AccountType;
import org.strowger.community.directory.AdminOperations;
import org.strowger.community.directory.DirectoryEvent;

public class BusinessControlPanelTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private MvStoreDirectory directory;
    private AdminOperations admin;

    @Before
    public void open() {
        directory = MvStoreDirectory.open(folder.getRoot().toPath().resolve("c.db"));
        admin = directory.admin();
    }

    @After
    public void close() {
        directory.close();
    }

    private AdminOperations.Result run(String line) {
        return admin.run(Arrays.asList(line.split(" ")));
    }

    @Test
    public void addShowAndRemoveAccounts() {
        assertEquals("Account james_bond (business) added", run("add account james_bond secret").text());
        run("add account bcp_admin secret administrator The Administrator");
        assertEquals(AccountType.ADMINISTRATOR, directory.account("bcp_admin").orElseThrow().type());
        assertEquals("The Administrator", directory.account("bcp_admin").orElseThrow().displayName());
        run("set credit james_bond 4500 EUR");
        String table = run("show accounts").text();
        String[] lines = table.split("\n");
        assertTrue(lines[0].startsWith("Name"));
        assertEquals(5, lines.length); // header, bcp_admin, echo123, james_bond, count
        assertTrue(table, lines[3].startsWith("james_bond") && lines[3].contains("business") && lines[3].endsWith("45.00 EUR"));
        assertTrue(lines[1].contains("The Administrator"));
        assertEquals("3 accounts", lines[4]);
        String one = run("show account bcp_admin").text();
        assertTrue(one, one.contains("administrator (may not log in from a PBX)"));
        assertFalse(one.toLowerCase().contains("secret"));
        List<DirectoryEvent> events = run("remove account james_bond").events();
        assertTrue(events.contains(new DirectoryEvent("james_bond", DirectoryEvent.Kind.ACCOUNT_REMOVED, null, null, "")));
        assertFalse(directory.exists("james_bond"));
    }

    @Test
    public void creditSkypeInAndBuddies() {
        run("add account james_bond secret");
        run("add account austin_powers secret");
        AdminOperations.Result credit = run("set credit james_bond 1234");
        assertEquals("Credit of james_bond set to 12.34 EUR", credit.text());
        assertEquals(DirectoryEvent.profile("james_bond", "PSTN_BALANCE", "1234"), credit.events().get(0));
        assertEquals("SkypeIn number +3227773333 now rings james_bond", run("add skypein +3227773333 james_bond").text());
        assertEquals("james_bond", directory.skypeInAccount("+3227773333").orElseThrow());
        run("remove skypein +3227773333");
        assertTrue(directory.skypeInAccount("+3227773333").isEmpty());
        run("add buddies james_bond austin_powers");
        assertEquals(3, directory.facts("james_bond", "austin_powers").buddyStatus());
        assertEquals(3, directory.facts("austin_powers", "james_bond").buddyStatus());
        run("add buddies echo123 austin_powers");
        assertEquals(3, directory.facts("austin_powers", "echo123").buddyStatus());
    }

    @Test
    public void badArgumentsGetClearMessages() {
        run("add account james_bond secret");
        refused("add account", "usage: add account <name> <password>");
        refused("add account 007 secret", "invalid account name '007'");
        refused("add account james_bond secret", "account james_bond already exists");
        refused("add account felix_leiter secret boss", "unknown account type 'boss'");
        refused("remove account nobody_here", "no such user nobody_here");
        refused("set credit james_bond lots", "credit 'lots' is not a whole number of cents");
        refused("set credit james_bond -5", "credit must not be negative");
        refused("set credit james_bond 5 euro", "currency must be an ISO 4217 code");
        refused("add skypein 3227773333 james_bond", "invalid number '3227773333'");
        refused("add skypein +3227773333 nobody_here", "no such user nobody_here");
        refused("remove skypein +3227773333", "is not assigned");
        refused("add buddies james_bond james_bond", "cannot be its own buddy");
        refused("add buddies james_bond nobody_here", "no such account nobody_here");
        refused("show account nobody_here", "no such account nobody_here");
        refused("frobnicate everything", "unknown command 'frobnicate everything'");
        assertFalse(admin.handles(List.of("show", "calls")));
        assertTrue(admin.handles(List.of("SHOW", "accounts")));
    }

    private void refused(String line, String expected) {
        try {
            run(line);
            fail("accepted: " + line);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage() + " should contain " + expected, e.getMessage().contains(expected));
        }
    }
}
