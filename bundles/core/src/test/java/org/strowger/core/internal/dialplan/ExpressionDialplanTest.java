package org.strowger.core.internal.dialplan;

import static org.junit.Assert.assertEquals;
import static org.strowger.core.internal.dialplan.PbxHarness.awaitHangup;

import java.util.List;

import org.junit.After;
import org.junit.Test;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication.Result;

/**
 * {@code $[...]} inside application data, run through the real PBX: the data is substituted
 * (variables first, then the expression) before the application sees it, so Record() gets the value
 * and GotoIf/While test the expression's result with pbx_checkcondition.
 */
public class ExpressionDialplanTest {

    private PbxHarness pbx;

    @After
    public void tearDown() {
        if (pbx != null) {
            pbx.close();
        }
    }

    private List<String> run(String extensionsConf) throws Exception {
        pbx = new PbxHarness(extensionsConf);
        pbx.addApplication("Let", (channel, data) -> {
            int eq = data.indexOf('=');
            channel.setVariable(data.substring(0, eq), data.substring(eq + 1));
            return Result.CONTINUE;
        });
        Channel caller = pbx.call("alice", "ctx", "s");
        awaitHangup(caller);
        pbx.awaitIdle();
        return pbx.recorded.data();
    }

    @Test
    public void applicationsReceiveTheValueOfTheExpression() throws Exception {
        List<String> recorded = run("""
                [ctx]
                exten => s,1,Let(N=7)
                 same => n,Record($[${N} / 2])
                 same => n,Record($[${N}+1] and $[${N} = 07])
                 same => n,Record($[${EXTEN} : "(.)"])
                 same => n,Hangup()
                """);

        assertEquals(List.of("3.5", "8 and 1", "s"), recorded);
    }

    @Test
    public void gotoIfAndWhileTestTheExpression() throws Exception {
        List<String> recorded = run("""
                [ctx]
                exten => s,1,Let(I=0)
                 same => n,While($[${I} < 3])
                 same => n,Let(I=$[${I} + 1])
                 same => n,Record(loop ${I})
                 same => n,EndWhile()
                 same => n,GotoIf($[${I} = 3]?done:fail)
                 same => n(fail),Record(fail)
                 same => n,Hangup()
                 same => n(done),Record(done)
                 same => n,Hangup()
                """);

        assertEquals(List.of("loop 1", "loop 2", "loop 3", "done"), recorded);
    }
}
