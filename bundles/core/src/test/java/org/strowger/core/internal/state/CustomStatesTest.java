package org.strowger.core.internal.state;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.strowger.api.dialplan.DialplanFunctionException;
import org.strowger.api.state.DeviceState;
import org.strowger.api.state.ExtensionState;
import org.strowger.api.state.Presence;
import org.strowger.api.state.PresenceState;

/** Custom: and CustomPresence: states through their dialplan functions, and across a restart. */
public class CustomStatesTest {

    private static final String DIALPLAN = """
            [default]
            exten => 100,hint,Custom:lamp1
            exten => 101,hint,SIP/101,CustomPresence:bob(Bob Example)
            exten => 102,hint,,CustomPresence:carol
            """;

    private StateHarness pbx;
    private DeviceStateFunction deviceState;
    private PresenceStateFunction presenceState;

    @Before
    public void setUp() throws Exception {
        pbx = new StateHarness(DIALPLAN);
        functions();
    }

    private void functions() {
        deviceState = new DeviceStateFunction(pbx.devices, pbx.customDevices);
        presenceState = new PresenceStateFunction(pbx.presences, pbx.customPresences);
    }

    @After
    public void tearDown() {
        pbx.close();
    }

    @Test
    public void deviceStateWritesCustomDevicesAndReadsAnyDevice() throws Exception {
        deviceState.write(null, "Custom:lamp1", "inuse");
        assertEquals("INUSE", deviceState.read(null, "Custom:lamp1"));
        assertEquals("custom is matched in any case", "INUSE", deviceState.read(null, "custom:lamp1"));
        assertEquals("INVALID", deviceState.read(null, "nothing"));
        assertEquals("UNKNOWN", deviceState.read(null, "Fake/alice"));
        pbx.drain();
        assertEquals(ExtensionState.INUSE, pbx.hints.hint("default", "100").orElseThrow().state());
        assertEquals("the value is stored as typed", "inuse", pbx.customDevices.stored().get("lamp1"));
    }

    @Test
    public void deviceStateRefusesWhatAsteriskRefuses() {
        DialplanFunctionException notCustom = assertThrows(DialplanFunctionException.class,
                () -> deviceState.write(null, "Fake/alice", "INUSE"));
        assertEquals("The DEVICE_STATE function can only be used to set 'Custom:' device state!", notCustom.getMessage());
        DialplanFunctionException noName = assertThrows(DialplanFunctionException.class,
                () -> deviceState.write(null, "Custom:", "INUSE"));
        assertEquals("DEVICE_STATE function called with no custom device name!", noName.getMessage());
        DialplanFunctionException badState = assertThrows(DialplanFunctionException.class,
                () -> deviceState.write(null, "Custom:lamp1", "SHINY"));
        assertEquals("DEVICE_STATE function given invalid state value 'SHINY'", badState.getMessage());
        assertEquals(Map.of(), pbx.customDevices.stored());
    }

    @Test
    public void customStatesSurviveARestart() throws Exception {
        deviceState.write(null, "Custom:lamp1", "BUSY");
        presenceState.write(null, "CustomPresence:bob", "dnd,meeting,Do not disturb");
        pbx.stopCustom();
        // A new core: the cache is empty, the stored states come back from astdb.
        pbx.close();
        StateHarness restarted = new StateHarness(DIALPLAN, pbx.dataDirectory);
        try {
            assertEquals(DeviceState.BUSY, restarted.devices.state("Custom:lamp1"));
            assertEquals(DeviceState.BUSY, restarted.devices.cached().get("Custom:lamp1"));
            assertEquals(ExtensionState.BUSY, restarted.hints.hint("default", "100").orElseThrow().state());
            assertEquals(new Presence(PresenceState.DND, "meeting", "Do not disturb"),
                    restarted.presences.presence("CustomPresence:bob"));
            assertEquals(PresenceState.DND, restarted.hints.hint("default", "101").orElseThrow().presence().state());
        } finally {
            restarted.close();
            pbx = new StateHarness(DIALPLAN);
        }
    }

    @Test
    public void presenceStateReadsEachFieldAndBase64() throws Exception {
        presenceState.write(null, "CustomPresence:carol", "away,temporary,Out to lunch");
        assertEquals("away", presenceState.read(null, "CustomPresence:carol,value"));
        assertEquals("temporary", presenceState.read(null, "CustomPresence:carol,subtype"));
        assertEquals("Out to lunch", presenceState.read(null, "CustomPresence:carol,message"));
        assertEquals("T3V0IHRvIGx1bmNo", presenceState.read(null, "CustomPresence:carol,message,e"));
        assertEquals("", presenceState.read(null, "CustomPresence:carol,nonsense"));
        pbx.drain();
        assertEquals(new Presence(PresenceState.AWAY, "temporary", "Out to lunch"),
                pbx.hints.hint("default", "102").orElseThrow().presence());
    }

    @Test
    public void presenceStateStoresEncodedValuesAndDecodesThemForConsumers() throws Exception {
        // func_presencestate.c's own example: xa with a base64 subtype.
        presenceState.write(null, "CustomPresence:carol", "xa,T24gdmFjYXRpb24=,,e");
        assertEquals(new Presence(PresenceState.XA, "On vacation", ""), pbx.presences.presence("CustomPresence:carol"));
        assertEquals("T24gdmFjYXRpb24=", presenceState.read(null, "CustomPresence:carol,subtype,e"));
    }

    @Test
    public void presenceStateRefusesWhatAsteriskRefuses() {
        assertEquals("The PRESENCE_STATE function can only set CustomPresence: presence providers.",
                assertThrows(DialplanFunctionException.class,
                        () -> presenceState.write(null, "Custom:carol", "away")).getMessage());
        assertEquals("PRESENCE_STATE function called with no custom device name!",
                assertThrows(DialplanFunctionException.class,
                        () -> presenceState.write(null, "CustomPresence:", "away")).getMessage());
        assertEquals("Invalid arguments to PRESENCE_STATE", assertThrows(DialplanFunctionException.class,
                () -> presenceState.write(null, "CustomPresence:carol", "sleeping")).getMessage());
        assertEquals("Invalid arguments to PRESENCE_STATE", assertThrows(DialplanFunctionException.class,
                () -> presenceState.write(null, "CustomPresence:carol", "away,,,x")).getMessage());
        assertEquals("PRESENCE_STATE reading requires both presence provider and presence field arguments. ",
                assertThrows(DialplanFunctionException.class,
                        () -> presenceState.read(null, "CustomPresence:carol")).getMessage());
        assertEquals("PRESENCE_STATE unknown ", assertThrows(DialplanFunctionException.class,
                () -> presenceState.read(null, "Nobody:carol,value")).getMessage());
    }

    @Test
    public void extensionStateNamesTheStateAsFuncExtstateDoes() throws Exception {
        ExtensionStateFunction extensionState = new ExtensionStateFunction(pbx.hints);
        assertEquals("an extension without a hint", "UNKNOWN", extensionState.read(null, "999"));
        assertEquals("SIP is no technology here: unavailable", "UNAVAILABLE", extensionState.read(null, "101@default"));
        assertEquals("NOT_INUSE", extensionState.read(null, "100"));
        pbx.devices.changed("Custom:lamp1", DeviceState.RINGINUSE);
        pbx.drain();
        assertEquals("RINGINUSE", extensionState.read(null, "100@default"));
        assertEquals("HOLDINUSE", ExtensionStateFunction.name(ExtensionState.INUSE_ONHOLD));
        assertEquals("ONHOLD", ExtensionStateFunction.name(ExtensionState.ONHOLD));
        assertEquals("EXTENSION_STATE requires an extension",
                assertThrows(DialplanFunctionException.class, () -> extensionState.read(null, "")).getMessage());
        assertEquals("EXTENSION_STATE requires an extension",
                assertThrows(DialplanFunctionException.class, () -> extensionState.read(null, "@default")).getMessage());
    }

    @Test
    public void hintGivesTheDevicesOrTheName() throws Exception {
        HintFunction hint = new HintFunction(pbx.dialplan);
        assertEquals("Custom:lamp1", hint.read(null, "100"));
        assertEquals("the name in parentheses comes last, as pbx_config.c cuts it off", "SIP/101,CustomPresence:bob",
                hint.read(null, "101@default"));
        assertEquals("Bob Example", hint.read(null, "101@default,n"));
        assertEquals("", hint.read(null, "999"));
        assertEquals("The HINT function requires an extension",
                assertThrows(DialplanFunctionException.class, () -> hint.read(null, "")).getMessage());
    }
}
