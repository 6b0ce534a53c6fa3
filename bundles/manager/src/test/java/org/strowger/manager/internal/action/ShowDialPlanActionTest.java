package org.strowger.manager.internal.action;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.core.internal.config.ConfigFilesImpl;
import org.strowger.core.internal.dialplan.DialplanEngine;
import org.strowger.core.internal.event.EventBusImpl;
import org.strowger.manager.internal.Wire;

/** ShowDialPlan over the real dialplan engine, checked against main/pbx.c manager_show_dialplan. */
public class ShowDialPlanActionTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private ShowDialPlanAction action;

    @Before
    public void load() throws IOException {
        Path etc = folder.newFolder("etc").toPath();
        Files.writeString(etc.resolve("extensions.conf"), String.join("\n",
                "[internal]",
                "exten => 100,hint,Skype/alice",
                "exten => 100,1,Answer()",
                " same => n(greet),Playback(hello)",
                "exten => 100,n,Hangup()",
                "include => shared",
                "ignorepat => 9",
                "",
                "[shared]",
                "exten => 200,1,Dial(Skype/bob,20)",
                ""));
        action = new ShowDialPlanAction(new DialplanEngine(new ConfigFilesImpl(etc), new EventBusImpl()));
    }

    private String show(String... headers) {
        return Wire.response(action.handle(ManagerRequest.of(headers), null), "7");
    }

    @Test
    public void everythingInWalkOrderWithHintLabelIncludeAndIgnorePattern() {
        // The last context opened is walked first; the hint is the extension's first peer.
        assertEquals(String.join("\r\n",
                "Response: Success", "ActionID: 7", "EventList: start", "Message: DialPlan list will follow", "",
                "Event: ListDialplan", "ActionID: 7", "Context: shared", "Extension: 200", "Priority: 1",
                "Application: Dial", "AppData: Skype/bob,20", "Registrar: pbx_config", "",
                "Event: ListDialplan", "ActionID: 7", "Context: internal", "Extension: 100", "Priority: hint",
                "Application: Skype/alice", "Registrar: pbx_config", "",
                "Event: ListDialplan", "ActionID: 7", "Context: internal", "Extension: 100", "Priority: 1",
                "Application: Answer", "AppData: ", "Registrar: pbx_config", "",
                "Event: ListDialplan", "ActionID: 7", "Context: internal", "Extension: 100", "ExtensionLabel: greet",
                "Priority: 2", "Application: Playback", "AppData: hello", "Registrar: pbx_config", "",
                "Event: ListDialplan", "ActionID: 7", "Context: internal", "Extension: 100", "Priority: 3",
                "Application: Hangup", "AppData: ", "Registrar: pbx_config", "",
                "Event: ListDialplan", "ActionID: 7", "Context: internal", "IncludeContext: shared",
                "Registrar: pbx_config", "",
                "Event: ListDialplan", "ActionID: 7", "Context: internal", "IgnorePattern: 9",
                "Registrar: pbx_config", "",
                "Event: ShowDialPlanComplete", "ActionID: 7", "EventList: Complete", "ListItems: 7",
                "ListExtensions: 2", "ListPriorities: 5", "ListContexts: 2", "", ""), show());
    }

    @Test
    public void anExtensionIsSearchedThroughTheIncludes() {
        // internal has no 200; shared, included, has. Both contexts count; the include is not listed.
        assertEquals(String.join("\r\n",
                "Response: Success", "ActionID: 7", "EventList: start", "Message: DialPlan list will follow", "",
                "Event: ListDialplan", "ActionID: 7", "Context: shared", "Extension: 200", "Priority: 1",
                "Application: Dial", "AppData: Skype/bob,20", "Registrar: pbx_config", "",
                "Event: ShowDialPlanComplete", "ActionID: 7", "EventList: Complete", "ListItems: 1",
                "ListExtensions: 1", "ListPriorities: 1", "ListContexts: 2", "", ""),
                show("Context", "internal", "Extension", "200"));
    }

    @Test
    public void anExtensionInEveryContextCountsTheIncludedOneAgain() {
        String text = show("Extension", "100");
        assertEquals(4, text.split("Event: ListDialplan", -1).length - 1);
        // shared on its own, internal, then shared again through internal's include
        assertEquals(true, text.endsWith("ListItems: 4\r\nListExtensions: 1\r\nListPriorities: 4\r\nListContexts: 3\r\n\r\n"));
    }

    @Test
    public void oneContextOnly() {
        String text = show("Context", "shared");
        assertEquals(true, text.contains("Context: shared\r\nExtension: 200\r\n"));
        assertEquals(false, text.contains("Context: internal"));
        assertEquals(true, text.endsWith("ListExtensions: 1\r\nListPriorities: 1\r\nListContexts: 1\r\n\r\n"));
    }

    @Test
    public void unknownContextOrExtensionIsAsteriskError() {
        assertEquals("Response: Error\r\nActionID: 7\r\nMessage: Did not find context nowhere\r\n\r\n",
                show("Context", "nowhere"));
        assertEquals("Response: Error\r\nActionID: 7\r\nMessage: Did not find extension 555@internal\r\n\r\n",
                show("Context", "internal", "Extension", "555"));
        assertEquals("Response: Error\r\nActionID: 7\r\nMessage: Did not find extension 555 in any context\r\n\r\n",
                show("Extension", "555"));
    }
}
