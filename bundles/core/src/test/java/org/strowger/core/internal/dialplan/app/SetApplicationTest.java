package org.strowger.core.internal.dialplan.app;

import static org.junit.Assert.assertEquals;
import static org.strowger.core.internal.dialplan.PbxHarness.awaitHangup;

import java.util.List;
import java.util.Optional;

import org.junit.After;
import org.junit.Test;
import org.strowger.api.channel.Channel;
import org.strowger.core.internal.dialplan.PbxHarness;

/** Set and MSet in a running dialplan (pbx_variables.c; asterisk-behaviour.md sections 3 and 6). */
public class SetApplicationTest {

    private PbxHarness pbx;
    private Channel caller;

    @After
    public void tearDown() {
        if (pbx != null) {
            pbx.close();
        }
    }

    private List<String> run(String extension) throws Exception {
        pbx = new PbxHarness("[ctx]\nexten => 100,1,NoOp()\n" + extension);
        caller = pbx.call("alice", "ctx", "100");
        awaitHangup(caller);
        pbx.awaitIdle();
        return pbx.recorded.data();
    }

    @Test
    public void theValueIsEverythingAfterTheFirstEqualsCommasIncluded() throws Exception {
        assertEquals(List.of("a,b|x=y"), run("""
                 same => n,Set(C=a,b)
                 same => n,Set(E=x=y)
                 same => n,Record(${C}|${E})
                """));
    }

    @Test
    public void inheritedVariablesAreReadWithoutTheirUnderscores() throws Exception {
        assertEquals(List.of("1|2"), run("""
                 same => n,Set(_INH=1)
                 same => n,Set(__DEEP=2)
                 same => n,Record(${INH}|${DEEP})
                """));
    }

    @Test
    public void setWritesFunctionsAndGlobals() throws Exception {
        assertEquals(List.of("gv|Bob|x|y"), run("""
                 same => n,Set(GLOBAL(G)=gv)
                 same => n,Set(CALLERID(name)=Bob)
                 same => n,Set(ARRAY(a1,a2)=x,y)
                 same => n,Record(${GLOBAL(G)}|${CALLERID(name)}|${a1}|${a2})
                """));
        assertEquals(Optional.of("gv"), pbx.dialplan.globalVariable("G"));
    }

    @Test
    public void anEmptyValueLeavesAnEmptyVariable() throws Exception {
        assertEquals(List.of("[]"), run("""
                 same => n,Set(X=1)
                 same => n,Set(X=)
                 same => n,Record([${X}])
                """));
        assertEquals(Optional.of(""), caller.variable("X"));
    }

    @Test
    public void badAssignmentsWarnAndTheDialplanGoesOn() throws Exception {
        assertEquals(List.of("[|]"), run("""
                 same => n,Set(NOEQUALS)
                 same => n,Set()
                 same => n,Set(Y=${NOSUCH(1)})
                 same => n,MSet()
                 same => n,Record([${NOEQUALS}|${Y}])
                """));
    }

    @Test
    public void msetSplitsOnCommasAndSkipsEntriesWithoutEquals() throws Exception {
        assertEquals(List.of("1|2|[]|a=b"), run("""
                 same => n,Set(m3=old)
                 same => n,MSet(m1=1,m2=2,bad,m3=,m4=a=b)
                 same => n,Record(${m1}|${m2}|[${m3}]|${m4})
                """));
    }

    @Test
    public void msetValuesMayHoldCommasWhenQuoted() throws Exception {
        assertEquals(List.of("a,b|c"), run("""
                 same => n,MSet(q1="a,b",q2=c)
                 same => n,Record(${q1}|${q2})
                """));
    }
}
