package org.strowger.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.strowger.api.skype.AccountListener;
import org.strowger.api.skype.AccountProperty;
import org.strowger.api.skype.AccountStatus;
import org.strowger.api.skype.Buddy;
import org.strowger.api.skype.BuddyStatus;
import org.strowger.api.skype.SkypeAccount;
import org.strowger.api.skype.SkypeEngine;
import org.strowger.itests.fixture.FreePorts;

/**
 * The Skype engine (res_skypeforasterisk.so) in a real container logging an account into the embedded
 * community through the {@link SkypeEngine} service: the manual's statuses up to Logged In, the buddy
 * list with derived buddy statuses (manual 4.1.2), a profile property written and read back (3.3.3),
 * and Logged Out after logging out. The community runs on a free port from a community.conf written here.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SkypeEngineIT extends StrowgerTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PASSWORD = "Sp3ctre!";

    @Inject
    SkypeEngine engine;

    @Configuration
    public Option[] config() {
        int port = FreePorts.pick();
        Path dir = Path.of("target", "fixtures", "skype-engine-it").toAbsolutePath();
        Path community = write(dir.resolve("community.conf"), "[general]\nbind_address = 127.0.0.1\nport = " + port
                + "\nrtp_address = 127.0.0.1\n\n"
                + "[james_bond]\ntype = business\npassword = " + PASSWORD + "\nfullname = James Bond\n\n"
                + "[austin_powers]\ntype = business\npassword = Mojo!\nfullname = Austin Powers\nvoicemail = yes\n\n"
                + "[buddies]\njames_bond = austin_powers, echo123\n");
        Path chanSkype = write(dir.resolve("chan_skype.conf"), "[general]\nrtp_address = 127.0.0.1\ncommunity = 127.0.0.1:"
                + port + "\n");
        return stockKarafWith(
                replaceConfigurationFile("etc/pbx/community.conf", community.toFile()),
                replaceConfigurationFile("etc/pbx/chan_skype.conf", chanSkype.toFile()),
                systemProperty("strowger.itest.communityPort").value(Integer.toString(port)));
    }

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    public void anAccountLogsInSeesItsBuddiesKeepsItsProfileAndLogsOut() throws Exception {
        assertEquals("127.0.0.1:" + System.getProperty("strowger.itest.communityPort"), engine.settings().community());
        List<AccountStatus> seen = new CopyOnWriteArrayList<>();
        engine.addListener(new AccountListener() {
            @Override
            public void statusChanged(SkypeAccount account, AccountStatus status) {
                seen.add(status);
            }
        });

        SkypeAccount account = engine.login("james_bond", PASSWORD);
        await("james_bond logged in (last error: " + account.lastError().orElse("none") + ")", WAIT,
                () -> account.status() == AccountStatus.LOGGED_IN);
        assertTrue(seen.toString(), seen.contains(AccountStatus.LOGGING_IN));
        assertTrue(seen.toString(), seen.contains(AccountStatus.INITIALIZING));

        // community.conf makes them buddies, authorised both ways; austin_powers is offline with voicemail
        Buddy austin = account.buddy("austin_powers").orElseThrow(() -> new AssertionError(account.buddies().toString()));
        assertEquals("Austin Powers", austin.fullname());
        assertEquals(BuddyStatus.OFFLINE_VOICEMAIL_ENABLED, austin.status());
        assertEquals(BuddyStatus.ONLINE, account.buddy("echo123").orElseThrow().status());

        account.setProperty(AccountProperty.CITY, "London").toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        await("the city read back", WAIT, () -> "London".equals(account.property(AccountProperty.CITY)));
        assertEquals("James Bond", account.property(AccountProperty.FULLNAME));

        engine.logout("james_bond");
        await("james_bond logged out", WAIT, () -> account.status() == AccountStatus.LOGGED_OUT);
        assertTrue(seen.toString(), seen.contains(AccountStatus.LOGGING_OUT));
    }
}
