package org.strowger.core.internal.cli;

import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.strowger.api.state.DeviceState;
import org.strowger.api.state.DeviceStates;
import org.strowger.api.state.ExtensionState;
import org.strowger.api.state.Hint;
import org.strowger.api.state.HintWatcher;
import org.strowger.api.state.Hints;
import org.strowger.api.state.Presence;
import org.strowger.api.state.PresenceState;
import org.strowger.core.internal.state.AstDb;
import org.strowger.core.internal.state.CustomDeviceStates;

/**
 * {@code core show hints}, {@code core show hint <exten>}, {@code devstate change} and
 * {@code devstate list}. The expected texts are written from the printf formats and literals of
 * main/extension_state.c and funcs/func_devstate.c.
 */
public class StateCommandsTest {

    private final List<Hint> hintList = new ArrayList<>();
    private final Hints hints = new Hints() {
        @Override
        public List<Hint> hints() {
            return hintList;
        }

        @Override
        public Optional<Hint> hint(String context, String exten) {
            return Optional.empty();
        }

        @Override
        public Optional<AutoCloseable> watch(String context, String exten, HintWatcher watcher) {
            return Optional.empty();
        }
    };
    private final List<String> changes = new CopyOnWriteArrayList<>();
    private AstDb db;
    private CustomDeviceStates custom;

    @Before
    public void setUp() throws Exception {
        db = new AstDb(Files.createTempDirectory("strowger-cli-data"));
        custom = new CustomDeviceStates(db, new DeviceStates() {
            @Override
            public DeviceState state(String device) {
                return DeviceState.UNKNOWN;
            }

            @Override
            public void changed(String device, DeviceState state) {
                changes.add(device + " " + state);
            }

            @Override
            public Map<String, DeviceState> cached() {
                return Map.of();
            }
        });
    }

    @After
    public void tearDown() {
        db.close();
    }

    private String show(String... words) {
        CoreShowCommand command = new CoreShowCommand();
        command.hints = hints;
        command.what = words[0];
        command.options = new ArrayList<>(Arrays.asList(words).subList(1, words.length));
        return command.render(Instant.EPOCH);
    }

    @Test
    public void withoutHintsBothCommandsSaySo() {
        assertEquals("There are no registered dialplan hints\n", show("hints"));
        assertEquals("There are no registered dialplan hints\n", show("hint", "100"));
    }

    @Test
    public void coreShowHintsPrintsAsteriskColumns() {
        hintList.add(new Hint("default", "100", List.of("Custom:lamp1", "Skype:james_bond@austin_powers"), "",
                ExtensionState.INUSE_RINGING, Presence.NOT_SET, 2));
        hintList.add(new Hint("a-rather-long-context-name", "2000", List.of(), "CustomPresence:carol",
                ExtensionState.UNAVAILABLE, new Presence(PresenceState.AWAY, "", ""), 0));
        String expected = "\n    -= Registered Asterisk Dial Plan Hints =-\n"
                // %-30.30s: %-60.60s  State:%-15.15s Presence:%-15.15s Watchers %2zd
                + "100@default                   : Custom:lamp1&Skype:james_bond@austin_powers                 "
                + "  State:InUse&Ringing   Presence:not_set         Watchers  2\n"
                + "2000@a-rather-long-context-nam: ,CustomPresence:carol                                       "
                + "  State:Unavailable     Presence:away            Watchers  0\n"
                + "----------------\n"
                + "- 2 hints registered\n";
        assertEquals(expected, show("hints"));
    }

    @Test
    public void coreShowHintFiltersByTheStartOfExtenAtContext() {
        hintList.add(new Hint("default", "100", List.of("Custom:a"), "", ExtensionState.NOT_INUSE, Presence.NOT_SET, 0));
        hintList.add(new Hint("default", "101", List.of("Custom:b"), "", ExtensionState.BUSY, Presence.NOT_SET, 1));
        hintList.add(new Hint("other", "200", List.of("Custom:c"), "", ExtensionState.ONHOLD, Presence.NOT_SET, 0));
        String line100 = "100@default                   : Custom:a" + " ".repeat(52)
                + "  State:Idle            Presence:not_set         Watchers  0\n";
        String line101 = "101@default                   : Custom:b" + " ".repeat(52)
                + "  State:Busy            Presence:not_set         Watchers  1\n";
        assertEquals(line100 + line101 + "2 hints matching extension 10\n", show("hint", "10"));
        assertEquals(line101 + "1 hint matching extension 101@DEFAULT\n", show("hint", "101@DEFAULT"));
        assertEquals("No hints matching extension 999\n", show("hint", "999"));
        assertEquals(Usage.CORE_SHOW_HINT, show("hint"));
        assertEquals("Usage: core show hint <exten>\n", Usage.CORE_SHOW_HINT.lines().findFirst().orElseThrow() + "\n");
    }

    private String change(String... words) {
        DevstateChangeCommand command = new DevstateChangeCommand();
        command.custom = custom;
        command.device = words.length > 0 ? words[0] : null;
        command.rest = new ArrayList<>(Arrays.asList(words).subList(Math.min(1, words.length), words.length));
        return command.render();
    }

    private String list(String... words) {
        DevstateListCommand command = new DevstateListCommand();
        command.custom = custom;
        command.extra = new ArrayList<>(Arrays.asList(words));
        return command.render();
    }

    @Test
    public void devstateChangeStoresAndAnnouncesACustomState() {
        assertEquals("Changing lamp1 to inuse\n", change("Custom:lamp1", "inuse"));
        assertEquals(List.of("Custom:lamp1 INUSE"), changes);
        assertEquals("inuse", custom.stored().get("lamp1"));
    }

    @Test
    public void devstateChangeRefusesAsAsteriskDoes() {
        assertEquals("The devstate command can only be used to set 'Custom:' device state!\n"
                + "Command 'devstate change SIP/100 INUSE' failed.\n", change("SIP/100", "INUSE"));
        assertEquals(Usage.DEVSTATE_CHANGE, change("Custom:", "INUSE"));
        assertEquals(Usage.DEVSTATE_CHANGE, change("Custom:lamp1", "SHINY"));
        assertEquals(Usage.DEVSTATE_CHANGE, change("Custom:lamp1"));
        assertEquals(Usage.DEVSTATE_CHANGE, change("Custom:lamp1", "INUSE", "extra"));
        assertEquals(List.of(), changes);
        assertEquals("Usage: devstate change <device> <state>", Usage.DEVSTATE_CHANGE.lines().findFirst().orElseThrow());
    }

    @Test
    public void devstateListShowsTheStoredStatesSortedAsTyped() {
        change("Custom:lamp2", "BUSY");
        change("Custom:lamp1", "not_inuse");
        String rule = "---------------------------------------------------------------------\n";
        assertEquals("\n" + rule
                + "--- Custom Device States --------------------------------------------\n"
                + rule
                + "---\n"
                + "--- Name: 'Custom:lamp1'  State: 'not_inuse'\n---\n"
                + "--- Name: 'Custom:lamp2'  State: 'BUSY'\n---\n"
                + rule + rule + "\n", list());
        assertEquals(Usage.DEVSTATE_LIST, list("extra"));
    }
}
