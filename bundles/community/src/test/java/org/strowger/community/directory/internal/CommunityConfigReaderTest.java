package org.strowger.community.directory.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.strowger.community.directory.AccountType;
import org.strowger.community.directory.CommunityConfig;
import org.strowger.community.directory.CommunityConfigException;
import org.strowger.community.directory.PstnBehaviour;
import org.strowger.community.protocol.CallForward;
import org.strowger.community.protocol.ProfileProperty;

public class CommunityConfigReaderTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    static final String SAMPLE = String.join("\n",
            "; the demo community",
            "[general]",
            "bind_address = 0.0.0.0",
            "port = 2730",
            "rtp_ports = 31000-31099",
            "store = data/test.db",
            "no_answer_timeout = 30",
            "tariff_currency = eur",
            "",
            "[agents](!)           ; a template",
            "type = business",
            "country = United Kingdom",
            "",
            "[james_bond](agents)",
            "password = Moneypenny\\;007",
            "fullname = James Bond",
            "birthday = 19680413",
            "gender = 1",
            "credit = 5000",
            "voicemail = yes",
            "call_forward = 20 austin_powers",
            ";-- a block comment",
            "   spanning lines --;",
            "[austin_powers]",
            "password => groovy",
            "type = personal",
            "",
            "[bcp_admin]",
            "type = administrator",
            "password = admin",
            "",
            "[buddies]",
            "james_bond = austin_powers, echo123",
            "",
            "[skypein]",
            "+3227773333 = james_bond",
            "",
            "[pstn]",
            "+12564286000 = echo",
            "+15550000001 = busy",
            "+15550000002 = noanswer",
            "+15550000003 = slow 3",
            "+15550000004 = invalid",
            "",
            "[tariffs]",
            "+1 = 2",
            "+32 = 5",
            "+ = 10",
            "");

    Path write(String name, String text) throws Exception {
        Path file = folder.getRoot().toPath().resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    public void readsTheSampleConfiguration() throws Exception {
        CommunityConfig c = CommunityConfigReader.read(write("community.conf", SAMPLE));
        assertEquals(new CommunityConfig.General("0.0.0.0", 2730, "127.0.0.1", 31000, 31099, Optional.of("data/test.db"), 30, "EUR"),
                c.general());
        assertEquals(List.of("james_bond", "austin_powers", "bcp_admin"), c.accounts().stream().map(a -> a.name()).toList());
        CommunityConfig.AccountSeed bond = c.accounts().get(0);
        assertEquals(AccountType.BUSINESS, bond.type());
        assertEquals("Moneypenny;007", bond.password());
        assertEquals(Map.of(ProfileProperty.FULLNAME, "James Bond", ProfileProperty.BIRTHDAY, "19680413",
                ProfileProperty.GENDER, "1", ProfileProperty.COUNTRY, "United Kingdom"), bond.profile());
        assertEquals(5000, bond.credit());
        assertEquals("EUR", bond.currency());
        assertTrue(bond.voicemail());
        assertEquals(new CallForward(20, "austin_powers"), bond.callForward());
        assertEquals("community.conf:14", bond.location());
        assertEquals(AccountType.PERSONAL, c.accounts().get(1).type());
        assertEquals("groovy", c.accounts().get(1).password());
        assertEquals(AccountType.ADMINISTRATOR, c.accounts().get(2).type());
        assertEquals(List.of("austin_powers", "echo123"), c.buddies().stream().map(b -> b.second()).toList());
        assertEquals(Map.of("+3227773333", "james_bond"), c.skypeIn());
        assertEquals(new PstnBehaviour(PstnBehaviour.Kind.SLOW, 3), c.pstnBehaviour("+15550000003").orElseThrow());
        assertEquals(PstnBehaviour.Kind.BUSY, c.pstnBehaviour("+15550000001").orElseThrow().kind());
        assertFalse(c.pstnBehaviour("+15559999999").isPresent());
        assertEquals(2, c.tariffs().rateFor("+12564286000").getAsInt());
        assertEquals(5, c.tariffs().rateFor("+3227773333").getAsInt());
        assertEquals(10, c.tariffs().rateFor("+441234").getAsInt());
        assertEquals("EUR", c.tariffs().currency());
        assertFalse(bond.toString().contains("Moneypenny"));
    }

    @Test
    public void defaultsWithoutGeneral() throws Exception {
        CommunityConfig c = CommunityConfigReader.read(write("community.conf", "[someone]\npassword=x\n"));
        assertEquals(CommunityConfig.General.DEFAULTS, c.general());
        assertEquals(AccountType.BUSINESS, c.accounts().get(0).type());
        assertTrue(c.tariffs().rateFor("+1").isEmpty());
    }

    @Test
    public void includesAreRelativeToTheMainFile() throws Exception {
        write("accounts.conf", "[felix_leiter]\npassword = cia\n");
        CommunityConfig c = CommunityConfigReader.read(write("community.conf", "#include accounts.conf\n#tryinclude missing.conf\n"));
        assertEquals("felix_leiter", c.accounts().get(0).name());
        assertEquals("accounts.conf:1", c.accounts().get(0).location());
    }

    @Test
    public void errorsNameFileAndLine() throws Exception {
        error("[general]\nport = 70000\n", 2, "port must be a whole number from 1 to 65535");
        error("[general]\nprot = 2729\n", 2, "unknown key 'prot' in [general]");
        error("[general]\nrtp_ports = 31000\n", 2, "rtp_ports must be a range");
        error("[general]\nrtp_ports = 31099-31000\n", 2, "is above the last");
        error("[general]\ntariff_currency = euro\n", 2, "ISO 4217");
        error("[a_user]\npassword = x\nbirthday = 1968-04-13\n", 3, "invalid value for BIRTHDAY: yyyymmdd");
        error("[a_user]\npassword = x\ngender = m\n", 3, "invalid value for GENDER: 0 (unknown), 1 (male) or 2 (female)");
        error("[a_user]\npassword = x\ntype = boss\n", 3, "unknown account type 'boss'");
        error("[a_user]\npassword = x\ncredit = lots\n", 3, "credit must be a whole number of cents");
        error("[a_user]\npassword = x\nvoicemail = perhaps\n", 3, "voicemail must be yes or no");
        error("[a_user]\npassword = x\ncall_forward = 20\n", 3, "invalid value for CALL_FORWARD: OFF or <seconds 0-600> <account or +E.164>");
        error("[a_user]\npassword = x\ncall_forward = 20 a_user\n", 3, "cannot forward to the account itself");
        error("\n[a_user]\ntype = business\n", 2, "needs a password");
        error("[a_user]\npassword = x\n[a_user]\npassword = y\n", 3, "defined twice (first at community.conf:1)");
        error("[007]\npassword = x\n", 1, "nor a valid account name");
        error("[echo123]\npassword = x\n", 1, "built into the community");
        error("[a_user]\npassword = x\n[buddies]\na_user = b_user\n", 4, "'b_user' is not an account defined in this file");
        error("[a_user]\npassword = x\n[skypein]\n+3227773333 = b_user\n", 4, "not an account defined in this file");
        error("[skypein]\n3227773333 = a_user\n", 2, "is not a +E.164 number");
        error("[pstn]\n+15550000003 = slow\n", 2, "'slow' needs the seconds");
        error("[pstn]\n+15550000003 = hangup\n", 2, "unknown PSTN behaviour 'hangup'");
        error("[tariffs]\n1 = 2\n", 2, "tariff prefix '1' must be '+'");
        error("[tariffs]\n+1 = cheap\n", 2, "must be a whole number from 0");
        error("password = x\n", 1, "outside any [section]");
        error("[general\n", 1, "no closing ']'");
        error("[general]\nport\n", 2, "no '=' in 'port'");
        error("[general]\n;-- never closed\nport = 1\n", 2, "block comment");
        error("#include nothere.conf\n", 1, "cannot #include 'nothere.conf'");
        error("[general]\n[general]\n", 2, "[general] is defined twice");
    }

    @Test
    public void aMissingFileIsNamed() throws Exception {
        try {
            CommunityConfigReader.read(folder.getRoot().toPath().resolve("absent.conf"));
            fail();
        } catch (CommunityConfigException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("absent.conf: no such file"));
        }
    }

    private void error(String text, int line, String expected) throws Exception {
        try {
            CommunityConfigReader.read(write("community.conf", text));
            fail("no error for:\n" + text);
        } catch (CommunityConfigException e) {
            assertEquals(e.getMessage(), "community.conf", e.file());
            assertEquals(e.getMessage(), line, e.line());
            assertTrue(e.getMessage(), e.getMessage().startsWith("community.conf:" + line + ": "));
            assertTrue(e.getMessage() + " should contain " + expected, e.getMessage().contains(expected));
        }
    }
}
