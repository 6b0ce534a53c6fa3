package org.strowger.skype.engine.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.strowger.api.skype.EngineSettings;
import org.strowger.core.internal.config.ConfigFilesImpl;

/** chan_skype.conf's [general] section as manual 3.1 defines it, read by the core's real parser. */
public class EngineConfigTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private EngineConfig read(String text) throws Exception {
        Files.writeString(folder.getRoot().toPath().resolve("chan_skype.conf"), text);
        return EngineConfig.from(new ConfigFilesImpl(folder.getRoot().toPath()).load("chan_skype.conf"),
                Path.of("/spool/skype"));
    }

    @Test
    public void theManualsDefaultsApplyToAnEmptyGeneralSection() throws Exception {
        EngineSettings s = read("[general]\n").settings();
        assertEquals(Path.of("/tmp"), s.engineDirectory());
        assertEquals("0.0.0.0", s.bindAddress());
        assertEquals(0, s.bindPort());
        assertFalse(s.disableTcpAuto());
        assertFalse(s.disableUdp());
        assertEquals("127.0.0.1", s.rtpAddress());
        assertEquals("127.0.0.1:2729", s.community());
        assertEquals(Path.of("/spool/skype"), s.databaseDirectory());
    }

    @Test
    public void everyEngineSettingIsRead() throws Exception {
        EngineConfig config = read("[general]\nengine_directory = /var/lib/skype\nbind_address = 10.0.0.2\n"
                + "bind_port = 5000\ndisable_tcpauto = yes\ndisable_udp = yes\nrtp_address = 10.0.0.3\n"
                + "community = 192.0.2.7:4000\ndebug = yes\ndefault_user = james_bond\n\n[james_bond]\nsecret = x\n");
        EngineSettings s = config.settings();
        assertEquals(Path.of("/var/lib/skype"), s.engineDirectory());
        assertEquals("10.0.0.2", s.bindAddress());
        assertEquals(5000, s.bindPort());
        assertTrue(s.disableTcpAuto());
        assertTrue(s.disableUdp());
        assertEquals("10.0.0.3", s.rtpAddress());
        assertEquals("192.0.2.7", s.communityHost());
        assertEquals(4000, s.communityPort());
        assertTrue(config.debug());
    }

    @Test
    public void aCommunityWithoutPortUsesTheDefaultPort() throws Exception {
        assertEquals("community.example:2729", read("[general]\ncommunity = community.example\n").settings().community());
        assertEquals("::1", read("[general]\ncommunity = [::1]:2729\n").settings().communityHost());
    }

    @Test
    public void badValuesNameFileLineAndKey() {
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
                () -> read("[general]\nbind_port = eighty\n"));
        assertEquals("chan_skype.conf:2: bind_port must be a port number 0-65535 (not 'eighty')", port.getMessage());
        IllegalArgumentException udp = assertThrows(IllegalArgumentException.class,
                () -> read("[general]\n\ndisable_udp = sometimes\n"));
        assertEquals("chan_skype.conf:3: disable_udp must be yes or no (not 'sometimes')", udp.getMessage());
        IllegalArgumentException rtp = assertThrows(IllegalArgumentException.class,
                () -> read("[general]\nrtp_address = localhost\n"));
        assertEquals("chan_skype.conf:2: rtp_address must be an IP address, e.g. 127.0.0.1 (not 'localhost')",
                rtp.getMessage());
        IllegalArgumentException community = assertThrows(IllegalArgumentException.class,
                () -> read("[general]\ncommunity = 127.0.0.1:0\n"));
        assertEquals("chan_skype.conf:2: community must be a port number 1-65535 (not '0')", community.getMessage());
    }

    @Test
    public void aReloadReportsWhichFixedSettingsTheFileChanged() throws Exception {
        EngineConfig running = read("[general]\nrtp_address = 127.0.0.1\n");
        EngineConfig edited = read("[general]\nrtp_address = 10.0.0.3\ndisable_udp = yes\n");
        assertEquals("disable_udp, rtp_address", running.differencesFrom(edited));
        assertEquals("", running.differencesFrom(read("[general]\n; nothing else\n")));
    }
}
