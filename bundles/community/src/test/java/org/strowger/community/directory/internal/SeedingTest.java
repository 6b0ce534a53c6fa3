package org.strowger.community.directory.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.strowger.community.directory.Account;
import org.strowger.community.directory.CommunityConfig;
import org.strowger.community.protocol.ProfileProperty;

/** community.conf seeds the store once per item and never overwrites what changed at run time. */
public class SeedingTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private CommunityConfig config(String text) throws Exception {
        Path file = folder.getRoot().toPath().resolve("community.conf");
        Files.writeString(file, text);
        return CommunityConfigReader.read(file);
    }

    @Test
    public void seedsOnFirstStartAddsLaterAccountsAndKeepsRunTimeChanges() throws Exception {
        Path store = folder.getRoot().toPath().resolve("community.db");
        CommunityConfig first = config(CommunityConfigReaderTest.SAMPLE);
        try (MvStoreDirectory d = MvStoreDirectory.open(store)) {
            d.seed(first);
            Account bond = d.account("james_bond").orElseThrow();
            assertTrue(bond.credentials().matches("Moneypenny;007"));
            assertEquals(5000, bond.balanceCents());
            assertEquals("James Bond", bond.value(ProfileProperty.FULLNAME));
            assertTrue(bond.voicemail());
            assertEquals(List.of("+3227773333"), bond.skypeInNumbers());
            assertEquals(List.of("austin_powers", "echo123"), d.buddies("james_bond"));
            assertEquals(3, d.facts("austin_powers", "james_bond").buddyStatus());
            assertTrue(d.facts("austin_powers", "james_bond").authorized());
            assertEquals(2, d.tariffs().rateFor("+1555").getAsInt());

            // run-time changes an operator or user makes
            d.setCredit("james_bond", 42, "EUR");
            d.setProfile("james_bond", ProfileProperty.FULLNAME, "007");
            d.removeBuddy("james_bond", "austin_powers");
            d.removeSkypeIn("+3227773333");
            d.removeAccount("bcp_admin");
        }
        CommunityConfig second = config(CommunityConfigReaderTest.SAMPLE + "\n[felix_leiter]\npassword = cia\n"
                + "[buddies](+)\nfelix_leiter = james_bond\n");
        try (MvStoreDirectory d = MvStoreDirectory.open(store)) {
            String summary = d.seed(second);
            assertTrue(summary, summary.contains("seeded 1 accounts, 1 buddy pairs, 0 SkypeIn numbers"));
            Account bond = d.account("james_bond").orElseThrow();
            assertEquals(42, bond.balanceCents());
            assertEquals("007", bond.value(ProfileProperty.FULLNAME));
            assertEquals(List.of("echo123", "felix_leiter"), d.buddies("james_bond"));
            assertEquals(Map.of(), d.skypeInNumbers());
            assertFalse("an account removed at run time stays removed", d.exists("bcp_admin"));
            assertTrue(d.exists("felix_leiter"));
            assertEquals(3, d.facts("felix_leiter", "james_bond").buddyStatus());
        }
    }

    @Test
    public void anAccountCreatedAtRunTimeIsNotOverwrittenByALaterConfiguration() throws Exception {
        Path store = folder.getRoot().toPath().resolve("community.db");
        try (MvStoreDirectory d = MvStoreDirectory.open(store)) {
            d.admin().addAccount("felix_leiter", "langley", "personal", "Felix");
            d.seed(config("[felix_leiter]\npassword = cia\nfullname = Felix Leiter\n"));
            Account felix = d.account("felix_leiter").orElseThrow();
            assertTrue(felix.credentials().matches("langley"));
            assertEquals("Felix", felix.value(ProfileProperty.FULLNAME));
        }
    }
}
