package org.strowger.community.directory.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.strowger.community.directory.AccountType;
import org.strowger.community.directory.BuddyFacts;
import org.strowger.community.directory.BulkWriter;
import org.strowger.community.directory.Directory;
import org.strowger.community.directory.DirectoryException;
import org.strowger.community.protocol.Scram;

/** {@link Directory#bulk}: many creations in one commit, kept whole or not at all. */
public class BulkTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private static final Scram.Credentials CHEAP = Scram.Credentials.derive("secret", 1);

    private Path store() {
        return folder.getRoot().toPath().resolve("community.db");
    }

    @Test
    public void createsAccountsAndMutualBuddiesThatSurviveReopening() throws Exception {
        try (MvStoreDirectory directory = MvStoreDirectory.open(store())) {
            Directory.BulkResult result = directory.bulk(w -> {
                for (String name : List.of("alice_1", "bob_22", "carol_3")) {
                    w.createAccount(name, CHEAP, AccountType.BUSINESS, "Full " + name);
                }
                w.addMutualBuddies("alice_1", "bob_22");
                w.addMutualBuddies("carol_3", "alice_1");
            });
            assertEquals(new Directory.BulkResult(3, 2), result);
        }
        try (MvStoreDirectory directory = MvStoreDirectory.open(store())) {
            assertEquals("Full bob_22", directory.account("bob_22").orElseThrow().displayName());
            assertEquals(CHEAP, directory.account("carol_3").orElseThrow().credentials());
            assertEquals(List.of("bob_22", "carol_3"), directory.buddies("alice_1"));
            assertEquals(List.of("alice_1"), directory.buddies("bob_22"));
            // mutual and authorised both ways: BUDDYSTATUS 3 (added), each sees the other's presence
            BuddyFacts facts = directory.facts("bob_22", "alice_1");
            assertEquals(BuddyFacts.ADDED, facts.buddyStatus());
            assertTrue(facts.authorized());
            assertEquals(BuddyFacts.ADDED, directory.facts("alice_1", "bob_22").buddyStatus());
            assertEquals(List.of("bob_22", "carol_3"), directory.watchers("alice_1"));
            assertEquals(List.of(), directory.usersWaitingAuthorization("alice_1"));
        }
    }

    @Test
    public void aFailedBulkLeavesNothing() throws Exception {
        try (MvStoreDirectory directory = MvStoreDirectory.open(store())) {
            directory.createAccount("before_1", CHEAP, AccountType.PERSONAL, "");
            try {
                directory.bulk(w -> {
                    w.createAccount("alice_1", CHEAP, AccountType.PERSONAL, "");
                    w.createAccount("bob_22", CHEAP, AccountType.PERSONAL, "");
                    w.addMutualBuddies("alice_1", "bob_22");
                    w.addMutualBuddies("alice_1", "before_1");
                    w.createAccount("alice_1", CHEAP, AccountType.PERSONAL, "");
                });
                fail("a second alice in one bulk must be refused");
            } catch (DirectoryException e) {
                assertEquals(DirectoryException.Reason.ALREADY_EXISTS, e.reason());
            }
            assertFalse(directory.exists("alice_1"));
            assertFalse(directory.exists("bob_22"));
            assertEquals(List.of(), directory.buddies("before_1"));
            // the directory goes on working after the rollback
            directory.createAccount("after_1", CHEAP, AccountType.PERSONAL, "");
        }
        try (MvStoreDirectory directory = MvStoreDirectory.open(store())) {
            assertFalse(directory.exists("alice_1"));
            assertEquals(List.of(), directory.buddies("before_1"));
            assertTrue(directory.exists("before_1"));
            assertTrue(directory.exists("after_1"));
        }
    }

    @Test
    public void refusesBadPairs() throws Exception {
        try (MvStoreDirectory directory = MvStoreDirectory.open(store())) {
            directory.createAccount("alice_1", CHEAP, AccountType.PERSONAL, "");
            assertRefused(directory, w -> w.addMutualBuddies("alice_1", "nobody_1"), DirectoryException.Reason.NO_SUCH_USER);
            assertRefused(directory, w -> w.addMutualBuddies("alice_1", "alice_1"), DirectoryException.Reason.NOT_ALLOWED);
            assertRefused(directory, w -> w.addMutualBuddies("alice_1", Directory.ECHO_TEST), DirectoryException.Reason.NOT_ALLOWED);
            assertRefused(directory, w -> w.createAccount("9lives", CHEAP, AccountType.PERSONAL, ""),
                    DirectoryException.Reason.INVALID_VALUE);
        }
    }

    @Test
    public void theWriterCannotBeUsedAfterItsBulk() throws Exception {
        try (MvStoreDirectory directory = MvStoreDirectory.open(store())) {
            BulkWriter[] kept = new BulkWriter[1];
            directory.bulk(w -> kept[0] = w);
            try {
                kept[0].createAccount("late_1", CHEAP, AccountType.PERSONAL, "");
                fail("a writer used after its bulk must fail");
            } catch (IllegalStateException expected) {
                assertFalse(directory.exists("late_1"));
            }
        }
    }

    private static void assertRefused(Directory directory, Directory.BulkChanges changes, DirectoryException.Reason reason) {
        try {
            directory.bulk(changes);
            fail("expected " + reason);
        } catch (DirectoryException e) {
            assertEquals(reason, e.reason());
        }
    }

    @Test
    public void aBulkSurvivesKill9WholeOrNotAtAll() throws Exception {
        Path store = store();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                BulkCrashChild.class.getName(), store.toString());
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int lastAck = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lastAck = Integer.parseInt(line.substring("ACK ".length()));
                if (lastAck == 2) {
                    // kill -9 while bulk 3 is (most likely) being written
                    child.destroyForcibly();
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        assertEquals("the child ended before it was killed", 2, lastAck);
        try (MvStoreDirectory directory = MvStoreDirectory.open(store)) {
            for (int k = 0; k <= lastAck + 1 || directory.exists("bulk" + k + "_0"); k++) {
                int size = BulkCrashChild.SIZE;
                int present = 0;
                for (int i = 0; i < size; i++) {
                    if (directory.exists("bulk" + k + "_" + i)) {
                        present++;
                    }
                }
                if (k <= lastAck) {
                    assertEquals("acknowledged bulk " + k, size, present);
                } else {
                    assertTrue("bulk " + k + " kept in part: " + present + " of " + size, present == 0 || present == size);
                }
                if (present == size) {
                    assertEquals(List.of("bulk" + k + "_" + (size - 2)), directory.buddies("bulk" + k + "_" + (size - 1)));
                }
            }
        }
    }
}
