package org.strowger.manager.internal.action;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.Test;
import org.strowger.api.channel.CallerId;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelService;
import org.strowger.api.channel.ChannelState;
import org.strowger.api.channel.OriginateRequest;
import org.strowger.api.channel.OriginateResult;
import org.strowger.api.channel.Originator;
import org.strowger.api.dialplan.Dialplan;
import org.strowger.api.event.EventBus;
import org.strowger.api.event.EventCategory;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerSession;
import org.strowger.api.media.Format;
import org.strowger.api.module.ModuleRegistry;
import org.strowger.api.module.ModuleRegistry.Outcome;
import org.strowger.api.module.ReloadResult;
import org.strowger.api.state.ExtensionState;
import org.strowger.api.state.Hint;
import org.strowger.api.state.Hints;
import org.strowger.api.state.Presence;
import org.strowger.manager.internal.Wire;

/** The core actions against fakes of the core services, checked against Asterisk's reply text. */
public class CoreActionsTest {

    private static final int ORIGINATE_ONLY = EventCategory.ORIGINATE.bit();

    private final List<String> hungUp = new ArrayList<>();
    private final Map<String, String> variables = new LinkedHashMap<>();
    private final List<PbxEvent> sent = new ArrayList<>();

    private Channel channel(String name) {
        Instant created = Instant.now().minus(Duration.ofSeconds(3725));
        return Fakes.fake(Channel.class, new Fakes.Answers()
                .value("name", name).value("technology", "Test").value("state", ChannelState.UP)
                .value("callerId", new CallerId("100", "")).value("connectedLine", CallerId.UNKNOWN)
                .value("language", "en").value("accountCode", "").value("context", "default")
                .value("exten", "100").value("priority", 2).value("uniqueId", "1700000000.1")
                .value("linkedId", "1700000000.1").value("created", created).value("application", "Wait")
                .value("applicationData", "10").value("bridge", Optional.empty())
                .value("nativeFormats", Set.of(Format.ULAW)).value("readFormat", Format.ULAW)
                .value("writeFormat", Format.ULAW).value("variables", Map.of("A", "1"))
                .value("isHungUp", false)
                .on("hangup", args -> hungUp.add(name + ":" + args[0]))
                .on("setVariable", args -> variables.put(name + ":" + args[0], (String) args[1])));
    }

    private ChannelService channels(Channel... list) {
        return Fakes.fake(ChannelService.class, new Fakes.Answers()
                .value("channels", List.of(list))
                .on("find", args -> List.of(list).stream().filter(c -> c.name().equalsIgnoreCase((String) args[0])).findFirst())
                .value("processedCalls", 7L));
    }

    private ManagerSession session(int writeMask) {
        return Fakes.fake(ManagerSession.class, new Fakes.Answers()
                .value("writeMask", writeMask).value("username", "admin")
                .on("send", args -> sent.add((PbxEvent) args[0])));
    }

    private static final Dialplan DIALPLAN = Fakes.fake(Dialplan.class, new Fakes.Answers()
            .on("substitute", args -> args[0] == null ? "global:" + args[1] : "chan:" + args[1])
            .on("exists", args -> args[0].equals("default") && args[1].equals("100"))
            .on("setGlobalVariable", args -> null));

    private static String wire(ManagerResponse response, String actionId) {
        return Wire.response(response, actionId);
    }

    @Test
    public void statusWritesPrivilegeCallAndActionIdLast() {
        StatusAction status = new StatusAction(channels(channel("Test/a-1")), DIALPLAN);
        String text = wire(status.handle(ManagerRequest.of("Action", "Status", "Variables", "A,CHANNEL(state)"),
                session(EventCategory.CALL.bit())), "42");
        assertTrue(text, text.startsWith("Response: Success\r\nActionID: 42\r\nEventList: start\r\n"
                + "Message: Channel status will follow\r\n\r\nEvent: Status\r\nPrivilege: Call\r\nChannel: Test/a-1\r\n"
                + "ChannelState: 6\r\nChannelStateDesc: Up\r\nCallerIDNum: 100\r\nCallerIDName: <unknown>\r\n"));
        assertTrue(text, text.contains("Linkedid: 1700000000.1\r\nType: Test\r\nDNID: \r\n"
                + "EffectiveConnectedLineNum: <unknown>\r\nEffectiveConnectedLineName: <unknown>\r\nTimeToHangup: 0\r\n"
                + "BridgeID: \r\nApplication: Wait\r\nData: 10\r\nNativeformats: (ulaw)\r\nReadformat: ulaw\r\n"));
        assertTrue(text, text.contains("Seconds: 3725\r\nVariable: A=chan:${A}\r\n"
                + "Variable: CHANNEL(state)=chan:${CHANNEL(state)}\r\nActionID: 42\r\n\r\n"));
        assertTrue(text, text.endsWith("Event: StatusComplete\r\nActionID: 42\r\nEventList: Complete\r\n"
                + "ListItems: 1\r\nItems: 1\r\n\r\n"));
        assertEquals("No such channel", status.handle(ManagerRequest.of("Channel", "Test/x"), session(0)).message().get());
        assertEquals("Status Access Forbidden: Variables",
                status.handle(ManagerRequest.of("Variables", "SHELL(ls)"), session(0)).message().get());
    }

    @Test
    public void coreShowChannelsListsSnapshotAndDuration() {
        String text = wire(new CoreShowChannelsAction(channels(channel("Test/a-1"))).handle(ManagerRequest.of(), session(1)), "");
        assertTrue(text, text.startsWith("Response: Success\r\nEventList: start\r\nMessage: Channels will follow\r\n\r\n"
                + "Event: CoreShowChannel\r\nChannel: Test/a-1\r\n"));
        assertTrue(text, text.contains("Language: en\r\nAccountCode: \r\nContext: default\r\nExten: 100\r\nPriority: 2\r\n"
                + "Uniqueid: 1700000000.1\r\nLinkedid: 1700000000.1\r\nApplication: Wait\r\nApplicationData: 10\r\n"
                + "Duration: 01:02:05\r\nBridgeId: \r\n\r\n"));
        assertTrue(text, text.endsWith("Event: CoreShowChannelsComplete\r\nEventList: Complete\r\nListItems: 1\r\n\r\n"));
    }

    @Test
    public void hangupByNameAndByRegex() {
        HangupAction hangup = new HangupAction(channels(channel("Test/a-1"), channel("Test/b-2"), channel("Other/c-3")));
        assertEquals("No channel specified", hangup.handle(ManagerRequest.of(), session(1)).message().get());
        assertEquals("No such channel", hangup.handle(ManagerRequest.of("Channel", "Test/z"), session(1)).message().get());
        assertEquals("Channel Hungup", hangup.handle(ManagerRequest.of("Channel", "test/a-1", "Cause", "17"), session(1)).message().get());
        assertEquals(List.of("Test/a-1:17"), hungUp);
        String text = wire(hangup.handle(ManagerRequest.of("Channel", "/^Test/", "Cause", "bogus"), session(1)), "h");
        assertEquals("Response: Success\r\nActionID: h\r\nEventList: start\r\nMessage: Channels hung up will follow\r\n\r\n"
                + "Event: ChannelHungup\r\nChannel: Test/a-1\r\nActionID: h\r\n\r\n"
                + "Event: ChannelHungup\r\nChannel: Test/b-2\r\nActionID: h\r\n\r\n"
                + "Event: ChannelsHungupListComplete\r\nActionID: h\r\nEventList: Complete\r\nListItems: 2\r\n\r\n", text);
        assertEquals("Regex format invalid, Channel param should be /regex/",
                hangup.handle(ManagerRequest.of("Channel", "/abc"), session(1)).message().get());
        assertEquals("Regex compile failed on: /(/", hangup.handle(ManagerRequest.of("Channel", "/(/"), session(1)).message().get());
    }

    @Test
    public void getvarAndSetvar() {
        ChannelService service = channels(channel("Test/a-1"));
        GetvarAction getvar = new GetvarAction(service, DIALPLAN);
        assertEquals("Response: Success\r\nVariable: X\r\nValue: global:${X}\r\n\r\n",
                wire(getvar.handle(ManagerRequest.of("Variable", "X"), session(2)), ""));
        assertEquals("Response: Success\r\nVariable: CALLERID(num)\r\nValue: chan:${CALLERID(num)}\r\n\r\n",
                wire(getvar.handle(ManagerRequest.of("Channel", "Test/a-1", "Variable", "CALLERID(num)"), session(2)), ""));
        assertEquals("No variable specified", getvar.handle(ManagerRequest.of(), session(2)).message().get());
        assertEquals("No such channel", getvar.handle(ManagerRequest.of("Channel", "no", "Variable", "X"), session(2)).message().get());
        assertEquals("GetVar Access Forbidden: Variable",
                getvar.handle(ManagerRequest.of("Variable", "SHELL(id)"), session(2)).message().get());

        SetvarAction setvar = new SetvarAction(service, DIALPLAN);
        assertEquals("Variable Set", setvar.handle(ManagerRequest.of("Channel", "Test/a-1", "Variable", "V", "Value", "9"),
                session(2)).message().get());
        assertEquals(Map.of("Test/a-1:V", "9"), variables);
        assertEquals("No variable specified", setvar.handle(ManagerRequest.of(), session(2)).message().get());
    }

    @Test
    public void extensionStateWithAndWithoutHint() {
        Hint hint = new Hint("default", "100", List.of("Test/a", "Test/b"), "", ExtensionState.INUSE_RINGING,
                Presence.NOT_SET, 0);
        Hints hints = Fakes.fake(Hints.class, new Fakes.Answers()
                .on("hint", args -> args[0].equals("default") && args[1].equals("100") ? Optional.of(hint) : Optional.empty())
                .value("hints", List.of(hint, new Hint("default", "_1XX", List.of("Test/c"), "", ExtensionState.NOT_INUSE,
                        Presence.NOT_SET, 0))));
        ExtensionStateAction state = new ExtensionStateAction(hints);
        assertEquals("Response: Success\r\nActionID: 5\r\nMessage: Extension Status\r\nExten: 100\r\nContext: default\r\n"
                + "Hint: Test/a&Test/b\r\nStatus: 9\r\nStatusText: InUse&Ringing\r\n\r\n",
                wire(state.handle(ManagerRequest.of("Exten", "100"), session(2)), "5"));
        assertEquals("Response: Success\r\nMessage: Extension Status\r\nExten: 200\r\nContext: other\r\n"
                + "Hint: \r\nStatus: -1\r\nStatusText: Unknown\r\n\r\n",
                wire(state.handle(ManagerRequest.of("Exten", "200", "Context", "other"), session(2)), ""));
        assertEquals("Extension not specified", state.handle(ManagerRequest.of(), session(2)).message().get());

        String list = wire(new ExtensionStateListAction(hints).handle(ManagerRequest.of(), session(2)), "");
        assertTrue(list, list.contains("Event: ExtensionStatus\r\nExten: 100\r\nContext: default\r\nHint: Test/a&Test/b\r\n"
                + "Status: 9\r\nStatusText: InUse&Ringing\r\n\r\n"));
        assertFalse(list, list.contains("_1XX"));
        assertTrue(list, list.endsWith("Event: ExtensionStateListComplete\r\nEventList: Complete\r\nListItems: 1\r\n\r\n"));
        Hints none = Fakes.fake(Hints.class, new Fakes.Answers().value("hints", List.of()));
        assertEquals("No dialplan hints are available",
                new ExtensionStateListAction(none).handle(ManagerRequest.of(), session(2)).message().get());
    }

    @Test
    public void moduleLoadRepliesAsAsterisk() {
        ModuleRegistry modules = Fakes.fake(ModuleRegistry.class, new Fakes.Answers()
                .on("load", args -> args[0].equals("good.so") ? Outcome.ok() : Outcome.failed("no"))
                .on("unload", args -> args[0].equals("good.so") ? Outcome.ok() : Outcome.failed("no"))
                .on("reload", args -> switch ((String) args[0]) {
                    case "good.so" -> ReloadResult.success();
                    case "static.so" -> new ReloadResult(ReloadResult.Status.NOT_IMPLEMENTED, "");
                    default -> new ReloadResult(ReloadResult.Status.NOT_FOUND, "");
                })
                .value("reloadAll", Map.of()));
        ModuleLoadAction load = new ModuleLoadAction(modules);
        String[][] cases = {
            {"", "good.so", "Incomplete ModuleLoad action."},
            {"load", "", "Need module name"},
            {"load", "good.so", "Module loaded."},
            {"load", "bad.so", "Could not load module."},
            {"unload", "good.so", "Module unloaded."},
            {"unload", "bad.so", "Could not unload module."},
            {"refresh", "good.so", "Module unloaded and loaded."},
            {"reload", "good.so", "Module reloaded."},
            {"reload", "bad.so", "No such module."},
            {"reload", "static.so", "Module does not support reload action."},
            {"reload", "", "All modules reloaded"},
            {"bogus", "good.so", "Incomplete ModuleLoad action."},
        };
        for (String[] c : cases) {
            assertEquals(c[0] + " " + c[1], c[2],
                    load.handle(ManagerRequest.of("LoadType", c[0], "Module", c[1]), session(1)).message().get());
        }
        ReloadAction reload = new ReloadAction(modules);
        assertEquals("Module Reloaded", reload.handle(ManagerRequest.of("Module", "good.so"), session(1)).message().get());
        assertEquals("No such module", reload.handle(ManagerRequest.of("Module", "x"), session(1)).message().get());
        assertEquals("Module does not support reload",
                reload.handle(ManagerRequest.of("Module", "static.so"), session(1)).message().get());
    }

    @Test
    public void moduleCheckAddsSoAndAnswersAnEmptyVersion() {
        List<String> asked = new ArrayList<>();
        ModuleRegistry modules = Fakes.fake(ModuleRegistry.class, new Fakes.Answers().on("find", args -> {
            asked.add((String) args[0]);
            return Optional.empty();
        }));
        ModuleCheckAction check = new ModuleCheckAction(modules);
        assertEquals("Module not loaded", check.handle(ManagerRequest.of("Module", "chan_skype.c"), session(1)).message().get());
        assertEquals(List.of("chan_skype.so"), asked);
        assertEquals("Module not specified", check.handle(ManagerRequest.of(), session(1)).message().get());
    }

    @Test
    public void userEventCarriesEveryOtherHeaderInOrder() {
        List<PbxEvent> published = new ArrayList<>();
        EventBus bus = Fakes.fake(EventBus.class, new Fakes.Answers().on("publish", args -> published.add((PbxEvent) args[0])));
        ManagerResponse reply = new UserEventAction(bus).handle(ManagerRequest.of("Action", "UserEvent", "ActionID", "7",
                "UserEvent", "Ding", "Header1", "a", "Header2", "b"), session(64));
        assertEquals("Event Sent", reply.message().get());
        assertEquals(1, published.size());
        assertEquals("Event: UserEvent\r\nPrivilege: user,all\r\nUserEvent: Ding\r\nActionID: 7\r\nHeader1: a\r\nHeader2: b\r\n\r\n",
                Wire.event(published.get(0)));
    }

    @Test
    public void originateChecksThenQueuesAsynchronously() {
        List<OriginateRequest> placed = new ArrayList<>();
        CompletableFuture<OriginateResult> outcome = new CompletableFuture<>();
        Originator originator = Fakes.fake(Originator.class, new Fakes.Answers().on("originate", args -> {
            placed.add((OriginateRequest) args[0]);
            return outcome;
        }));
        OriginateAction originate = new OriginateAction(originator, DIALPLAN);
        ManagerSession session = session(ORIGINATE_ONLY);
        assertEquals("Channel not specified", originate.handle(ManagerRequest.of(), session).message().get());
        assertEquals("Invalid channel", originate.handle(ManagerRequest.of("Channel", "Test"), session).message().get());
        assertEquals("Originate Access Forbidden: app or data blacklisted", originate.handle(
                ManagerRequest.of("Channel", "Test/a", "Application", "System", "Data", "id"), session).message().get());
        assertEquals("Originate Access Forbidden: app or data blacklisted", originate.handle(
                ManagerRequest.of("Channel", "Test/a", "Application", "NoOp", "Data", "${SHELL(id)}"), session).message().get());
        assertEquals("Extension does not exist.", originate.handle(ManagerRequest.of("Channel", "Test/a",
                "Context", "default", "Exten", "999", "Priority", "1"), session).message().get());
        assertEquals(List.of(), placed);

        ManagerResponse queued = originate.handle(ManagerRequest.of("Channel", "Test/a", "Context", "default",
                "Exten", "100", "Priority", "1", "Timeout", "5000", "CallerID", "\"Bob\" <200>", "Variable", "a=1,b=2",
                "Variable", "c=3", "Account", "acct", "Async", "true", "ActionID", "o1"), session);
        assertEquals("Originate successfully queued", queued.message().get());
        OriginateRequest request = placed.get(0);
        assertEquals(Duration.ofMillis(5000), request.timeout());
        assertEquals(new CallerId("200", "Bob"), request.callerId());
        assertEquals(List.of("a", "b", "c"), List.copyOf(request.variables().keySet()));
        assertEquals("acct", request.account());
        assertEquals(List.of(), sent);

        outcome.complete(new OriginateResult(true, OriginateResult.ANSWERED, "Test/a-00000001", "1700000000.5", ""));
        assertEquals("Event: OriginateResponse\r\nPrivilege: call,all\r\nActionID: o1\r\nResponse: Success\r\n"
                + "Channel: Test/a-00000001\r\nContext: default\r\nExten: 100\r\nReason: 4\r\nUniqueid: 1700000000.5\r\n"
                + "CallerIDNum: 200\r\nCallerIDName: Bob\r\n\r\n", Wire.event(sent.get(0)));
    }

    @Test
    public void synchronousOriginateWaitsAndReportsFailure() {
        Originator originator = Fakes.fake(Originator.class, new Fakes.Answers().value("originate",
                CompletableFuture.completedFuture(new OriginateResult(false, OriginateResult.BUSY, "", "", "busy"))));
        ManagerResponse reply = new OriginateAction(originator, DIALPLAN).handle(ManagerRequest.of("Channel", "Test/a",
                "Application", "Playback", "Data", "hello"), session(ORIGINATE_ONLY));
        assertEquals("Error", reply.status());
        assertEquals("Originate failed", reply.message().get());
        PbxEvent event = OriginateAction.originateResponse("", OriginateRequest.toApplication("Test/a", "Playback", "hello"),
                new OriginateResult(false, OriginateResult.BUSY, "", "", "busy"));
        assertEquals("Event: OriginateResponse\r\nPrivilege: call,all\r\nResponse: Failure\r\nChannel: Test/a\r\n"
                + "Application: Playback\r\nData: hello\r\nReason: 5\r\nUniqueid: <null>\r\nCallerIDNum: <unknown>\r\n"
                + "CallerIDName: <unknown>\r\n\r\n", Wire.event(event));
    }
}
