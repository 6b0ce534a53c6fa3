package org.strowger.community.directory.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.strowger.community.directory.Account;
import org.strowger.community.directory.AccountType;
import org.strowger.community.directory.BuddyFacts;
import org.strowger.community.directory.DebitResult;
import org.strowger.community.directory.Directory;
import org.strowger.community.directory.DirectoryEvent;
import org.strowger.community.directory.DirectoryException;
import org.strowger.community.directory.Tariffs;
import org.strowger.community.protocol.Availability;
import org.strowger.community.protocol.ProfileProperty;
import org.strowger.community.protocol.Scram;

public class MvStoreDirectoryTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private Path file;
    private MvStoreDirectory directory;
    private final Set<String> online = new HashSet<>();
    /** Cheap credentials: PBKDF2 with 4096 rounds per account would only slow the tests down. */
    private static final Scram.Credentials CHEAP = Scram.Credentials.derive("secret", 1);

    @Before
    public void open() throws Exception {
        file = folder.getRoot().toPath().resolve("sub/community.db");
        directory = MvStoreDirectory.open(file);
        directory.setConnectionState(online::contains);
        for (String name : List.of("james_bond", "austin_powers", "dr_evil")) {
            directory.createAccount(name, CHEAP, AccountType.BUSINESS, "");
        }
    }

    @After
    public void close() {
        directory.close();
    }

    private static DirectoryEvent user(String recipient, String subject, String property, String value) {
        return DirectoryEvent.user(recipient, subject, property, value);
    }

    private void reopen() {
        directory.close();
        directory = MvStoreDirectory.open(file);
        directory.setConnectionState(online::contains);
    }

    // ---- accounts ----

    @Test
    public void passwordsAreKeptAsScramVerifiersWithTheDefaultIterations() throws Exception {
        Account a = directory.createAccount("felix_leiter", "Sesame!", AccountType.PERSONAL, "Felix Leiter");
        assertEquals(Scram.DEFAULT_ITERATIONS, a.credentials().iterations());
        assertTrue(directory.account("felix_leiter").orElseThrow().credentials().matches("Sesame!"));
        assertFalse(directory.account("felix_leiter").orElseThrow().credentials().matches("sesame!"));
        assertEquals(AccountType.PERSONAL, directory.account("felix_leiter").orElseThrow().type());
        assertFalse(AccountType.PERSONAL.mayLogInFromPbx());
        assertFalse(AccountType.ADMINISTRATOR.mayLogInFromPbx());
        assertTrue(AccountType.BUSINESS.mayLogInFromPbx());
    }

    @Test
    public void scramKeysFollowRfc5802() throws Exception {
        byte[] salt = "salt-salt-salt-1".getBytes();
        Scram.Credentials c = Scram.Credentials.derive("pencil", salt, 4096);
        byte[] salted = Scram.saltedPassword("pencil", salt, 4096);
        byte[] clientKey = Scram.hmac(salted, "Client Key".getBytes());
        assertEquals(List.of(java.security.MessageDigest.getInstance("SHA-256").digest(clientKey)).size(), 1);
        assertTrue(java.util.Arrays.equals(java.security.MessageDigest.getInstance("SHA-256").digest(clientKey), c.storedKey()));
        assertTrue(java.util.Arrays.equals(Scram.hmac(salted, "Server Key".getBytes()), c.serverKey()));
    }

    @Test
    public void duplicateAndMalformedNamesAreRefused() {
        expect(DirectoryException.Reason.ALREADY_EXISTS, () -> directory.createAccount("james_bond", CHEAP, AccountType.BUSINESS, ""));
        expect(DirectoryException.Reason.INVALID_VALUE, () -> directory.createAccount("007", CHEAP, AccountType.BUSINESS, ""));
        expect(DirectoryException.Reason.INVALID_VALUE, () -> directory.createAccount("a b", CHEAP, AccountType.BUSINESS, ""));
        expect(DirectoryException.Reason.INVALID_VALUE, () -> directory.createAccount("someone", "", AccountType.BUSINESS, ""));
    }

    @Test
    public void echo123AlwaysExistsAndCannotBeRemoved() {
        assertTrue(directory.exists(Directory.ECHO_TEST));
        assertEquals("ONLINE", directory.onlineStatus("james_bond", Directory.ECHO_TEST));
        expect(DirectoryException.Reason.NOT_ALLOWED, () -> directory.removeAccount(Directory.ECHO_TEST));
    }

    // ---- profile ----

    @Test
    public void readOnlyProfilePropertiesCannotBeSet() {
        for (ProfileProperty p : List.of(ProfileProperty.PSTN_BALANCE, ProfileProperty.PSTN_BALANCE_CURRENCY,
                ProfileProperty.SKYPEIN_NUMBERS)) {
            expect(DirectoryException.Reason.READ_ONLY, () -> directory.setProfile("james_bond", p, "1"));
        }
    }

    @Test
    public void profileValuesAreValidated() throws Exception {
        expect(DirectoryException.Reason.INVALID_VALUE, () -> directory.setProfile("james_bond", ProfileProperty.BIRTHDAY, "1968-04-13"));
        expect(DirectoryException.Reason.INVALID_VALUE, () -> directory.setProfile("james_bond", ProfileProperty.BIRTHDAY, "19680231"));
        expect(DirectoryException.Reason.INVALID_VALUE, () -> directory.setProfile("james_bond", ProfileProperty.GENDER, "3"));
        expect(DirectoryException.Reason.INVALID_VALUE, () -> directory.setProfile("james_bond", ProfileProperty.FULLNAME, "x".repeat(101)));
        expect(DirectoryException.Reason.INVALID_VALUE, () -> directory.setProfile("james_bond", ProfileProperty.VOICEMAIL, "maybe"));
        expect(DirectoryException.Reason.INVALID_VALUE, () -> directory.setProfile("james_bond", ProfileProperty.CALL_FORWARD, "soon austin_powers"));
        expect(DirectoryException.Reason.INVALID_VALUE, () -> directory.setProfile("james_bond", ProfileProperty.CALL_FORWARD, "20 james_bond"));
        directory.setProfile("james_bond", ProfileProperty.BIRTHDAY, "19680413");
        directory.setProfile("james_bond", ProfileProperty.GENDER, "1");
        directory.setProfile("james_bond", ProfileProperty.CALL_FORWARD, "20 austin_powers");
        reopen();
        assertEquals("19680413", directory.profile("james_bond", ProfileProperty.BIRTHDAY));
        assertEquals("1", directory.profile("james_bond", ProfileProperty.GENDER));
        assertEquals("20 austin_powers", directory.profile("james_bond", ProfileProperty.CALL_FORWARD));
        assertEquals("TRUE", directory.userProperty("austin_powers", "james_bond", "IS_CF_ACTIVE"));
        assertEquals("0", directory.profile("austin_powers", ProfileProperty.GENDER));
        assertEquals("", directory.profile("austin_powers", ProfileProperty.BIRTHDAY));
    }

    @Test
    public void moodTextGoesToOwnSessionsAndToThoseAuthorisedOnly() throws Exception {
        directory.admin().addBuddies("james_bond", "austin_powers");
        List<DirectoryEvent> events = directory.setProfile("james_bond", ProfileProperty.MOOD_TEXT, "shaken, not stirred");
        assertEquals(List.of(DirectoryEvent.profile("james_bond", "MOOD_TEXT", "shaken, not stirred"),
                user("austin_powers", "james_bond", "MOOD_TEXT", "shaken, not stirred")), events);
        assertEquals("shaken, not stirred", directory.userProperty("austin_powers", "james_bond", "MOOD_TEXT"));
        assertEquals("", directory.userProperty("dr_evil", "james_bond", "MOOD_TEXT"));
    }

    @Test
    public void privatePropertiesOfOthersAreNotShown() throws Exception {
        expect(DirectoryException.Reason.UNKNOWN_PROPERTY, () -> directory.userProperty("dr_evil", "james_bond", "PSTN_BALANCE"));
        expect(DirectoryException.Reason.NO_SUCH_USER, () -> directory.userProperty("dr_evil", "nobody_here", "FULLNAME"));
        expect(DirectoryException.Reason.READ_ONLY, () -> directory.setUserProperty("dr_evil", "james_bond", "FULLNAME", "x"));
    }

    // ---- buddies ----

    @Test
    public void requestThenAcceptMakesBothBuddies() throws Exception {
        online.addAll(List.of("james_bond", "austin_powers"));
        List<DirectoryEvent> add = directory.setUserProperty("austin_powers", "james_bond", "BUDDYSTATUS", "2 Yeah baby, add me");
        assertTrue(add.contains(user("austin_powers", "james_bond", "BUDDYSTATUS", "2")));
        assertTrue(add.contains(user("james_bond", "austin_powers", "RECEIVEDAUTHREQUEST", "Yeah baby, add me")));
        // adding shares austin's presence with james at once
        assertTrue(add.contains(user("james_bond", "austin_powers", "ONLINESTATUS", "ONLINE")));
        assertEquals(List.of("austin_powers"), directory.usersWaitingAuthorization("james_bond"));
        assertEquals("OFFLINE", directory.onlineStatus("austin_powers", "james_bond"));

        List<DirectoryEvent> accept = directory.setUserProperty("james_bond", "austin_powers", "ISAUTHORIZED", "TRUE");
        assertTrue(accept.contains(user("austin_powers", "james_bond", "BUDDYSTATUS", "3")));
        assertTrue(accept.contains(user("austin_powers", "james_bond", "ISAUTHORIZED", "TRUE")));
        assertTrue(accept.contains(user("austin_powers", "james_bond", "ONLINESTATUS", "ONLINE")));
        assertTrue(accept.contains(user("james_bond", "austin_powers", "RECEIVEDAUTHREQUEST", "")));
        assertTrue(accept.contains(user("james_bond", "austin_powers", "BUDDYSTATUS", "3")));
        assertEquals(new BuddyFacts("austin_powers", "james_bond", 3, true, false, "", true),
                directory.facts("austin_powers", "james_bond"));
        assertEquals(new BuddyFacts("james_bond", "austin_powers", 3, true, false, "", true),
                directory.facts("james_bond", "austin_powers"));
        assertEquals(List.of(), directory.usersWaitingAuthorization("james_bond"));
        assertEquals(List.of("austin_powers"), directory.buddies("james_bond"));
    }

    @Test
    public void denyAnswersTheRequesterNegatively() throws Exception {
        directory.addBuddy("dr_evil", "james_bond", "One million dollars");
        List<DirectoryEvent> events = directory.deny("james_bond", "dr_evil");
        assertTrue(events.contains(user("dr_evil", "james_bond", "ISAUTHORIZED", "FALSE")));
        assertTrue(events.contains(user("james_bond", "dr_evil", "RECEIVEDAUTHREQUEST", "")));
        assertEquals(2, directory.facts("dr_evil", "james_bond").buddyStatus());
        assertEquals(List.of(), directory.usersWaitingAuthorization("james_bond"));
    }

    @Test
    public void ignoreDropsTheRequestWithoutTellingTheRequester() throws Exception {
        directory.addBuddy("dr_evil", "james_bond", "One million dollars");
        List<DirectoryEvent> events = directory.setUserProperty("james_bond", "dr_evil", "AUTHREQUEST", "IGNORE");
        assertEquals(List.of(user("james_bond", "dr_evil", "RECEIVEDAUTHREQUEST", "")), events);
        assertEquals(2, directory.facts("dr_evil", "james_bond").buddyStatus());
    }

    @Test
    public void blockHidesPresenceDropsRequestsAndRefusesCalls() throws Exception {
        online.addAll(List.of("james_bond", "dr_evil"));
        directory.admin().addBuddies("james_bond", "dr_evil");
        assertEquals("ONLINE", directory.onlineStatus("dr_evil", "james_bond"));
        List<DirectoryEvent> block = directory.setUserProperty("james_bond", "dr_evil", "ISBLOCKED", "TRUE");
        assertTrue(block.contains(user("james_bond", "dr_evil", "ISBLOCKED", "TRUE")));
        assertTrue(block.contains(user("dr_evil", "james_bond", "ONLINESTATUS", "OFFLINE")));
        assertEquals("OFFLINE", directory.onlineStatus("dr_evil", "james_bond"));
        assertFalse(directory.mayCall("dr_evil", "james_bond"));
        assertTrue(directory.mayCall("james_bond", "dr_evil"));
        assertEquals(List.of(), directory.watchers("james_bond"));
        // a request from the blocked user never arrives
        directory.removeBuddy("dr_evil", "james_bond");
        directory.addBuddy("dr_evil", "james_bond", "please");
        assertEquals(List.of(), directory.usersWaitingAuthorization("james_bond"));
        assertEquals("", directory.facts("james_bond", "dr_evil").receivedAuthRequest());

        directory.setBlocked("james_bond", "dr_evil", false);
        assertTrue(directory.mayCall("dr_evil", "james_bond"));
        assertEquals("ONLINE", directory.onlineStatus("dr_evil", "james_bond"));
    }

    @Test
    public void echo123AuthorisesEveryoneAtOnce() throws Exception {
        List<DirectoryEvent> events = directory.addBuddy("james_bond", Directory.ECHO_TEST, "hi");
        assertTrue(events.contains(user("james_bond", Directory.ECHO_TEST, "BUDDYSTATUS", "3")));
        assertEquals(3, directory.facts("james_bond", Directory.ECHO_TEST).buddyStatus());
        assertTrue(directory.facts("james_bond", Directory.ECHO_TEST).authorized());
        assertEquals(List.of(), directory.usersWaitingAuthorization(Directory.ECHO_TEST));
        assertEquals("ONLINE", directory.userProperty("james_bond", Directory.ECHO_TEST, "ONLINESTATUS"));
    }

    @Test
    public void skypeOutContactsNeedNoAuthorisation() throws Exception {
        List<DirectoryEvent> events = directory.setUserProperty("james_bond", "+12564286000", "BUDDYSTATUS", "2");
        // a number's ONLINESTATUS is SKYPEOUT whether listed or not: only the list membership changes
        assertEquals(List.of(user("james_bond", "+12564286000", "BUDDYSTATUS", "3")), events);
        directory.addBuddy("james_bond", Directory.ECHO_TEST, "");
        assertEquals(List.of("+12564286000", "echo123"), directory.buddies("james_bond"));
        assertEquals("SKYPEOUT", directory.userProperty("james_bond", "+12564286000", "ONLINESTATUS"));
        directory.setBlocked("james_bond", "+12564286000", true);
        assertTrue(directory.facts("james_bond", "+12564286000").blocked());
        expect(DirectoryException.Reason.NOT_ALLOWED, () -> directory.authorize("james_bond", "+12564286000"));
        expect(DirectoryException.Reason.NO_SUCH_USER, () -> directory.addBuddy("james_bond", "nobody_here", ""));
        expect(DirectoryException.Reason.NOT_ALLOWED, () -> directory.addBuddy("james_bond", "james_bond", ""));
    }

    @Test
    public void removeBuddyWithdrawsAuthorisation() throws Exception {
        online.add("james_bond");
        directory.admin().addBuddies("james_bond", "austin_powers");
        List<DirectoryEvent> events = directory.setUserProperty("james_bond", "austin_powers", "BUDDYSTATUS", "1");
        assertTrue(events.contains(user("james_bond", "austin_powers", "BUDDYSTATUS", "1")));
        assertTrue(events.contains(user("austin_powers", "james_bond", "ISAUTHORIZED", "FALSE")));
        assertTrue(events.contains(user("austin_powers", "james_bond", "ONLINESTATUS", "OFFLINE")));
        assertEquals(List.of(), directory.buddies("james_bond"));
        assertEquals(2, directory.facts("austin_powers", "james_bond").buddyStatus());
    }

    // ---- presence ----

    @Test
    public void availabilityIsPersistedAndInvisibleLooksOffline() throws Exception {
        online.addAll(List.of("james_bond", "austin_powers"));
        directory.admin().addBuddies("james_bond", "austin_powers");
        List<DirectoryEvent> events = directory.setAvailability("james_bond", Availability.INVISIBLE);
        assertEquals(List.of(new DirectoryEvent("james_bond", DirectoryEvent.Kind.USERSTATUS, null, null, "INVISIBLE"),
                user("austin_powers", "james_bond", "ONLINESTATUS", "OFFLINE")), events);
        assertEquals("INVISIBLE", directory.onlineStatus("james_bond", "james_bond"));
        events = directory.setAvailability("james_bond", Availability.DND);
        assertTrue(events.contains(user("austin_powers", "james_bond", "ONLINESTATUS", "DND")));
        assertFalse(events.stream().anyMatch(e -> e.recipient().equals("dr_evil")));
        reopen();
        assertEquals(Availability.DND, directory.account("james_bond").orElseThrow().availability());
        online.remove("james_bond");
        assertEquals(List.of(user("austin_powers", "james_bond", "ONLINESTATUS", "OFFLINE")),
                directory.connectionChanged("james_bond"));
        assertEquals("OFFLINE", directory.userProperty("austin_powers", "james_bond", "ONLINESTATUS"));
    }

    // ---- credit ----

    @Test
    public void theLongestTariffPrefixIsCharged() throws Exception {
        directory.setTariffs(new Tariffs("EUR", Map.of("+", 10, "+1", 2, "+1256", 1, "+32", 5)));
        directory.setCredit("james_bond", 12, "EUR");
        assertEquals(1, directory.tariffs().rateFor("+12564286000").getAsInt());
        DebitResult r = directory.debitMinute("james_bond", "+12564286000");
        assertEquals(new DebitResult.Debited(11, "EUR", 1, List.of(DirectoryEvent.profile("james_bond", "PSTN_BALANCE", "11"))), r);
        r = directory.debitMinute("james_bond", "+3227773333");
        assertEquals(6, ((DebitResult.Debited) r).balanceCents());
        r = directory.debitMinute("james_bond", "+441234567");
        assertEquals(DebitResult.Refusal.INSUFFICIENT_FUNDS, ((DebitResult.Refused) r).refusal());
        assertEquals(6, directory.account("james_bond").orElseThrow().balanceCents());
        assertTrue(directory.checkSkypeOut("james_bond", "+15550000001").isEmpty());
        assertEquals(DebitResult.Refusal.INSUFFICIENT_FUNDS,
                directory.checkSkypeOut("james_bond", "+441234567").orElseThrow().refusal());
        reopen();
        assertEquals("6", directory.profile("james_bond", ProfileProperty.PSTN_BALANCE));
    }

    @Test
    public void numbersWithoutTariffOrCreditInAnotherCurrencyAreRefused() throws Exception {
        directory.setTariffs(new Tariffs("EUR", Map.of("+1", 2)));
        directory.setCredit("james_bond", 500, "USD");
        assertEquals(DebitResult.Refusal.NO_TARIFF, ((DebitResult.Refused) directory.debitMinute("james_bond", "+3227773333")).refusal());
        assertEquals(DebitResult.Refusal.WRONG_CURRENCY, ((DebitResult.Refused) directory.debitMinute("james_bond", "+15550000001")).refusal());
        assertEquals(DebitResult.Refusal.NO_SUCH_ACCOUNT, ((DebitResult.Refused) directory.debitMinute("nobody_here", "+15550000001")).refusal());
        expect(DirectoryException.Reason.INVALID_VALUE, () -> directory.setCredit("james_bond", -1, "EUR"));
        expect(DirectoryException.Reason.INVALID_VALUE, () -> directory.setCredit("james_bond", 1, "euro"));
    }

    // ---- SkypeIn ----

    @Test
    public void skypeInNumbersMapToTheirAccount() throws Exception {
        List<DirectoryEvent> events = directory.addSkypeIn("+3227773333", "james_bond");
        assertEquals(List.of(DirectoryEvent.profile("james_bond", "SKYPEIN_NUMBERS", "+3227773333")), events);
        directory.addSkypeIn("+3227770000", "james_bond");
        assertEquals("+3227770000, +3227773333", directory.profile("james_bond", ProfileProperty.SKYPEIN_NUMBERS));
        assertEquals("james_bond", directory.skypeInAccount("+3227773333").orElseThrow());
        expect(DirectoryException.Reason.ALREADY_EXISTS, () -> directory.addSkypeIn("+3227773333", "austin_powers"));
        expect(DirectoryException.Reason.INVALID_VALUE, () -> directory.addSkypeIn("3227773333", "austin_powers"));
        directory.removeSkypeIn("+3227770000");
        reopen();
        assertEquals(Map.of("+3227773333", "james_bond"), directory.skypeInNumbers());
        assertTrue(directory.skypeInAccount("+3227770000").isEmpty());
        directory.removeAccount("james_bond");
        assertTrue(directory.skypeInAccount("+3227773333").isEmpty());
    }

    @Test
    public void removingAnAccountRemovesItsRelations() throws Exception {
        directory.admin().addBuddies("james_bond", "austin_powers");
        List<DirectoryEvent> events = directory.removeAccount("james_bond");
        assertTrue(events.contains(user("austin_powers", "james_bond", "BUDDYSTATUS", "1")));
        assertTrue(events.contains(new DirectoryEvent("james_bond", DirectoryEvent.Kind.ACCOUNT_REMOVED, null, null, "")));
        assertEquals(List.of(), directory.buddies("austin_powers"));
        assertFalse(directory.exists("james_bond"));
        directory.createAccount("james_bond", CHEAP, AccountType.BUSINESS, "");
        assertEquals(0, directory.facts("james_bond", "austin_powers").buddyStatus());
    }

    interface Call {
        void run() throws Exception;
    }

    static void expect(DirectoryException.Reason reason, Call call) {
        try {
            call.run();
            fail("expected " + reason);
        } catch (DirectoryException e) {
            assertEquals(e.getMessage(), reason, e.reason());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
