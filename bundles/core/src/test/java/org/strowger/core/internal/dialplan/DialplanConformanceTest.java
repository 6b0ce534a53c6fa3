package org.strowger.core.internal.dialplan;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.strowger.core.internal.dialplan.PbxHarness.awaitHangup;

import java.util.List;
import java.util.Optional;

import org.junit.After;
import org.junit.Test;
import org.strowger.api.channel.CallerId;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication.Result;
import org.strowger.api.event.EventCategory;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.media.DtmfFrame;

/**
 * Dialplan snippets run through the real PBX, each checked against what Asterisk does with them
 * (main/pbx.c, pbx_builtins.c, app_while.c, app_stack.c, app_exec.c): the path taken, as
 * {@code Record()} saw it, and the variables left behind.
 *
 * <p>Expressions ({@code $[...]}) and {@code Set()} belong to other parts of the dialplan, so the
 * snippets use small test applications instead: {@code Let(VAR=value)}, {@code Dec(VAR)} and
 * {@code Eq(VAR,a,b)} (VAR is 1 when a equals b, else 0).
 */
public class DialplanConformanceTest {

    private PbxHarness pbx;

    @After
    public void tearDown() {
        if (pbx != null) {
            pbx.close();
        }
    }

    private void start(String extensionsConf) throws Exception {
        pbx = new PbxHarness(extensionsConf);
        pbx.addApplication("Let", (channel, data) -> {
            int eq = data.indexOf('=');
            channel.setVariable(data.substring(0, eq), data.substring(eq + 1));
            return Result.CONTINUE;
        });
        pbx.addApplication("Dec", (channel, data) -> {
            int value = Integer.parseInt(channel.variable(data).orElse("0"));
            channel.setVariable(data, Integer.toString(value - 1));
            return Result.CONTINUE;
        });
        pbx.addApplication("Eq", (channel, data) -> {
            String[] args = data.split(",", -1);
            channel.setVariable(args[0], args[1].equals(args[2]) ? "1" : "0");
            return Result.CONTINUE;
        });
    }

    /** Runs a call to exten@ctx to its end, h included, and returns what Record saw. */
    private List<String> run(String context, String exten) throws Exception {
        Channel caller = pbx.call("alice", context, exten);
        awaitHangup(caller);
        pbx.awaitIdle();
        return pbx.recorded.data();
    }

    @Test
    public void anExactExtensionBeatsPatternsAndTheMoreSpecificPatternWins() throws Exception {
        start("""
                [ctx]
                exten => _X.,1,Record(X.)
                exten => _1XX,1,Record(1XX)
                exten => 123,1,Record(exact)
                exten => _12[0-5],1,Record(12[0-5])
                exten => _1NX,1,Record(1NX)
                exten => _55!,1,Record(55!)
                exten => _NXX-XXXX,1,Record(NXX-XXXX)
                """);

        assertEquals(List.of("exact"), run("ctx", "123"));
        pbx.recorded.runs.clear();
        assertEquals(List.of("12[0-5]"), run("ctx", "124"));
        pbx.recorded.runs.clear();
        // _1NX and _1XX first differ at the second place, where N (8 digits) is narrower than X (10).
        assertEquals(List.of("1NX"), run("ctx", "129"));
        pbx.recorded.runs.clear();
        assertEquals(List.of("1XX"), run("ctx", "109"));
        pbx.recorded.runs.clear();
        assertEquals(List.of("X."), run("ctx", "1234"));
        pbx.recorded.runs.clear();
        // A literal 5 is narrower than X, so _55! wins over _X. for any number starting 55.
        assertEquals(List.of("55!"), run("ctx", "5512345"));
        pbx.recorded.runs.clear();
        assertEquals(List.of("55!"), run("ctx", "55"));
        pbx.recorded.runs.clear();
        // Dashes are only for the eye, in patterns and numbers alike.
        assertEquals(List.of("NXX-XXXX"), run("ctx", "655-1234"));
    }

    @Test
    public void extensionsSortAsAsteriskSortsThem() {
        List<String> names = new java.util.ArrayList<>(List.of("_!", "_X.", "_.", "_NXX", "_1XX", "_[1-3]XX", "100",
                "_12X", "s", "h"));
        names.sort(ExtensionPattern::compare);

        assertEquals(List.of("100", "h", "s", "_12X", "_1XX", "_[1-3]XX", "_NXX", "_X.", "_.", "_!"), names);
    }

    @Test
    public void patternsMatchAsAsteriskMatches() {
        assertTrue(ExtensionPattern.matches("_[a-c7]X", "b0"));
        assertTrue(ExtensionPattern.matches("_[a-c7]X", "70"));
        assertEquals(ExtensionPattern.NO_MATCH, ExtensionPattern.match("_[a-c7]X", "d0", ExtensionPattern.Mode.MATCH));
        assertEquals(ExtensionPattern.NO_MATCH, ExtensionPattern.match("_X.", "1", ExtensionPattern.Mode.MATCH));
        assertEquals(ExtensionPattern.EARLY_MATCH, ExtensionPattern.match("_X!", "1", ExtensionPattern.Mode.MATCH));
        assertEquals(ExtensionPattern.NO_MATCH, ExtensionPattern.match("_ZXX", "012", ExtensionPattern.Mode.MATCH));
        assertEquals(ExtensionPattern.MATCHED, ExtensionPattern.match("_NXX", "2", ExtensionPattern.Mode.MATCH_MORE));
        assertEquals(ExtensionPattern.NO_MATCH, ExtensionPattern.match("100", "100", ExtensionPattern.Mode.MATCH_MORE));
        assertEquals(ExtensionPattern.MATCHED, ExtensionPattern.match("100", "10", ExtensionPattern.Mode.MATCH_MORE));
        assertTrue(ExtensionPattern.matches("_X.", "_X."));
    }

    @Test
    public void aCallerIdPatternLimitsAnExtensionToThoseCallers() throws Exception {
        start("""
                [ctx]
                exten => 100,1,Record(anyone)
                exten => 100/_555XXXX,1,Record(local caller)
                """);
        Channel local = pbx.phones.incoming("alice", "ctx", "100");
        local.setCallerId(new CallerId("5551234", "Alice"));
        pbx.dialplan.start(local);
        awaitHangup(local);
        Channel other = pbx.phones.incoming("bob", "ctx", "100");
        other.setCallerId(new CallerId("4441234", "Bob"));
        pbx.dialplan.start(other);
        awaitHangup(other);

        assertEquals(List.of("local caller", "anyone"), pbx.recorded.data());
    }

    @Test
    public void includesAreSearchedInOrderAfterTheContextAndOnlyWhileTheirTimeApplies() throws Exception {
        start("""
                [never]
                exten => 300,1,Record(never)
                [always]
                exten => 400,1,Record(always)
                [inc1]
                exten => 100,1,Record(inc1 100)
                exten => 200,1,Record(inc1 200)
                [inc2]
                exten => 200,1,Record(inc2 200)
                exten => 300,1,Record(inc2 300)
                [main]
                include => never,*,*,31,feb
                include => always,*,*,*,*
                include => inc1
                include => inc2
                include => main
                exten => 100,1,Record(main 100)
                """);

        assertEquals(List.of("main 100"), run("main", "100"));
        pbx.recorded.runs.clear();
        assertEquals(List.of("inc1 200"), run("main", "200"));
        pbx.recorded.runs.clear();
        assertEquals(List.of("inc2 300"), run("main", "300"));
        pbx.recorded.runs.clear();
        assertEquals(List.of("always"), run("main", "400"));
    }

    @Test
    public void theHExtensionRunsExactlyOnceWhetherTheCallHangsUpOrFallsOffTheEnd() throws Exception {
        start("""
                [ctx]
                exten => 100,1,Record(call)
                 same => n,Hangup(17)
                exten => 200,1,Record(call)
                exten => h,1,Record(h ${HANGUPCAUSE} at ${EXTEN}:${PRIORITY})
                 same => n,Record(h again)
                """);

        assertEquals(List.of("call", "h 17 at h:1", "h again"), run("ctx", "100"));
        pbx.recorded.runs.clear();
        assertEquals(List.of("call", "h 16 at h:1", "h again"), run("ctx", "200"));
    }

    @Test
    public void anInvalidExtensionGoesToIThenToEAndWithNeitherTheCallEnds() throws Exception {
        start("""
                [withi]
                exten => 100,1,Goto(404,1)
                exten => i,1,Record(i ${INVALID_EXTEN})
                exten => e,1,Record(e)
                [withe]
                exten => 100,1,Goto(404,1)
                exten => e,1,Record(e at ${EXTEN})
                [neither]
                exten => 100,1,Goto(404,1)
                exten => h,1,Record(h)
                """);

        assertEquals(List.of("i 404"), run("withi", "100"));
        pbx.recorded.runs.clear();
        assertEquals(List.of("e at e"), run("withe", "100"));
        pbx.recorded.runs.clear();
        assertEquals(List.of("h"), run("neither", "100"));
    }

    @Test
    public void gotoTakesLabelsRelativePrioritiesAndOtherContexts() throws Exception {
        start("""
                [ctx]
                exten => 100,1,Goto(skip)
                 same => n,Record(not reached)
                 same => n(skip),Record(at skip)
                 same => n,Goto(+2)
                 same => n,Record(not reached either)
                 same => n,Record(two on)
                 same => n,Goto(other,200,lbl)
                exten => 300,1,Goto(nolabel)
                 same => n,Record(after a bad label)
                [other]
                exten => 200,1,Record(no)
                 same => n(lbl),Record(${CONTEXT} ${EXTEN} ${PRIORITY})
                """);

        assertEquals(List.of("at skip", "two on", "other 200 2"), run("ctx", "100"));
        pbx.recorded.runs.clear();
        // pbx_parseable_goto: "Priority 'nolabel' must be a number > 0, or valid label" and the call ends.
        assertEquals(List.of(), run("ctx", "300"));
    }

    @Test
    public void gotoIfTakesTheBranchTheConditionPicksAndAnEmptyBranchContinues() throws Exception {
        start("""
                [ctx]
                exten => 100,1,GotoIf(1?yes:no)
                 same => n(no),Record(no)
                 same => n(yes),Record(yes)
                 same => n,GotoIf(0?yes)
                 same => n,Record(false without a branch continues)
                 same => n,GotoIf(1?:yes)
                 same => n,Record(true with an empty branch continues)
                 same => n,GotoIf(text?t1:f1)
                 same => n(f1),Record(f1)
                 same => n(t1),Record(text is true)
                 same => n,GotoIf(?yes:end)
                 same => n,Record(not reached)
                 same => n(end),Record(empty is false)
                """);

        assertEquals(List.of("yes", "false without a branch continues", "true with an empty branch continues",
                "text is true", "empty is false"), run("ctx", "100"));
    }

    @Test
    public void nestedWhileLoopsRunToTheirEnds() throws Exception {
        start("""
                [ctx]
                exten => 100,1,Let(I=2)
                 same => n,While(${I})
                 same => n,Let(J=3)
                 same => n,While(${J})
                 same => n,Record(${I}.${J})
                 same => n,Dec(J)
                 same => n,EndWhile()
                 same => n,Dec(I)
                 same => n,EndWhile()
                 same => n,Record(done [${WHILE_0}] [${WHILE_1}])
                """);

        assertEquals(List.of("2.3", "2.2", "2.1", "1.3", "1.2", "1.1", "done [] []"), run("ctx", "100"));
    }

    @Test
    public void continueWhileAndExitWhileLeaveTheIterationAndTheLoop() throws Exception {
        start("""
                [ctx]
                exten => 100,1,Let(I=5)
                 same => n,While(${I})
                 same => n,Dec(I)
                 same => n,Eq(C,${I},3)
                 same => n,ExecIf(${C}?ContinueWhile())
                 same => n,Eq(X,${I},1)
                 same => n,ExecIf(${X}?ExitWhile())
                 same => n,Record(${I})
                 same => n,EndWhile()
                 same => n,Record(after ${I})
                exten => 200,1,Let(I=0)
                 same => n,While(${I})
                 same => n,Record(never)
                 same => n,While(1)
                 same => n,Record(never either)
                 same => n,EndWhile()
                 same => n,EndWhile()
                 same => n,Record(skipped both loops)
                """);

        assertEquals(List.of("4", "2", "after 1"), run("ctx", "100"));
        pbx.recorded.runs.clear();
        // A loop that never runs: find_matching_endwhile counts the nested pair.
        assertEquals(List.of("skipped both loops"), run("ctx", "200"));
    }

    @Test
    public void gosubPassesArgumentsThatReturnTakesBack() throws Exception {
        start("""
                [ctx]
                exten => 100,1,Let(ARG1=outer)
                 same => n,Gosub(sub,s,1(a,b))
                 same => n,Record(ret ${GOSUB_RETVAL} ${ARG1} [${ARGC}])
                 same => n,Gosub(sub2,s,1)
                 same => n,Record(ret2 ${GOSUB_RETVAL})
                exten => 200,1,Return(x)
                 same => n,Record(not reached)
                exten => 300,1,Gosub(nowhere,s,1)
                 same => n,Record(not reached)
                [sub]
                exten => s,1,Record(in ${ARG1} ${ARG2} ${ARGC})
                 same => n,Gosub(sub2,s,1(x))
                 same => n,Record(back ${ARG1} ${ARG2} ${ARGC} ${GOSUB_RETVAL})
                 same => n,Return(r1)
                [sub2]
                exten => s,1,Record(in2 ${ARG1} [${ARG2}] ${ARGC})
                 same => n,Return(${ARG1}!)
                """);

        assertEquals(List.of("in a b 2", "in2 x [] 1", "back a b 2 x!", "ret r1 outer []", "in2 outer [] 0",
                "ret2 outer!"), run("ctx", "100"));
        pbx.recorded.runs.clear();
        // "Return without Gosub: stack is unallocated", "Attempt to reach a non-existent destination": the call ends.
        assertEquals(List.of(), run("ctx", "200"));
        assertEquals(List.of(), run("ctx", "300"));
    }

    @Test
    public void execIfRunsOneApplicationOrTheOther() throws Exception {
        start("""
                [ctx]
                exten => 100,1,ExecIf(1?Record(true, with a comma):Record(false))
                 same => n,ExecIf(0?Record(true):Record(false))
                 same => n,ExecIf(0?Record(true))
                 same => n,ExecIf(1,Record,old syntax)
                 same => n,Record(end)
                exten => 200,1,ExecIf(1?NoSuchApp(x))
                 same => n,Record(not reached)
                """);

        assertEquals(List.of("true, with a comma", "false", "old syntax", "end"), run("ctx", "100"));
        pbx.recorded.runs.clear();
        assertEquals(List.of(), run("ctx", "200"));
    }

    @Test
    public void gotoIfTimeJudgesTestTime() throws Exception {
        start("""
                [ctx]
                exten => 100,1,Let(TESTTIME=1704711600)
                 same => n,GotoIfTime(09:00-17:00,mon-fri,*,*,UTC?open:closed)
                 same => n(closed),Record(closed)
                 same => n,Hangup()
                 same => n(open),Record(open)
                 same => n,Let(TESTTIME=1704571200)
                 same => n,GotoIfTime(09:00-17:00,mon-fri,*,*,UTC?open2)
                 same => n,Record(weekend falls through)
                 same => n(open2),Record(end)
                """);

        // 1704711600 is Monday 2024-01-08 11:00 UTC, 1704571200 Saturday 2024-01-06 20:00 UTC.
        assertEquals(List.of("open", "weekend falls through", "end"), run("ctx", "100"));
    }

    @Test
    public void anEndlessLoopIsCutOffAtThePriorityCeilingAndHStillRuns() throws Exception {
        start("""
                [ctx]
                exten => 100,1,NoOp(spinning)
                 same => n,Goto(1)
                exten => h,1,Record(h after the loop)
                """);
        pbx.setPriorityCeiling(1000);

        assertEquals(List.of("h after the loop"), run("ctx", "100"));
    }

    @Test
    public void userEventCarriesTheChannelThenTheNameThenTheFields() throws Exception {
        start("""
                [ctx]
                exten => 100,1,UserEvent(Billing,Account: 42,NoColon,Plan:  gold )
                """);

        run("ctx", "100");

        PbxEvent event = pbx.events.named("UserEvent").get(0);
        assertEquals(List.of(EventCategory.USER), List.copyOf(event.categories()));
        List<String> names = event.fields().stream().map(PbxEvent.Field::name).toList();
        assertEquals("Channel", names.get(0));
        assertEquals(List.of("Linkedid", "UserEvent", "Account", "Plan"), names.subList(names.size() - 4, names.size()));
        assertEquals(Optional.of("Billing"), event.get("UserEvent"));
        assertEquals(Optional.of("42"), event.get("Account"));
        assertEquals(Optional.of("gold"), event.get("Plan"));
    }

    @Test
    public void withoutAutofallthroughTheCallerMayDialTheNextExtension() throws Exception {
        start("""
                [general]
                autofallthrough = no
                [ctx]
                exten => 100,1,Record(menu)
                exten => 200,1,Record(dialled ${EXTEN})
                exten => 201,1,Record(wrong)
                exten => 2001,1,Hangup()
                """);
        Channel caller = pbx.phones.incoming("alice", "ctx", "100");
        for (char digit : "200".toCharArray()) {
            pbx.phones.link(caller).queue(new DtmfFrame(digit, false, 0));
            pbx.phones.link(caller).queue(new DtmfFrame(digit, true, 80));
        }
        pbx.dialplan.start(caller);
        PbxHarness.await("the dialled extension", () -> pbx.recorded.runs.size() == 2);
        caller.hangup(16);
        pbx.awaitIdle();

        assertEquals(List.of("menu", "dialled 200"), pbx.recorded.data());
    }
}
