package org.strowger.core.internal.dialplan.function;

import org.junit.After;
import org.junit.Before;
import org.strowger.api.channel.Channel;
import org.strowger.core.internal.dialplan.PbxHarness;

/**
 * The real dialplan engine with every builtin function, and one channel ({@code Fake/alice} calling
 * {@code 100@ctx}) that is not running the dialplan, so tests substitute on it directly.
 */
public abstract class FunctionTestSupport {

    protected PbxHarness pbx;
    protected Channel channel;

    @Before
    public void startPbx() throws Exception {
        pbx = new PbxHarness("[ctx]\nexten => 100,1,NoOp()\n");
        channel = pbx.phones.incoming("alice", "ctx", "100");
    }

    @After
    public void stopPbx() {
        pbx.close();
    }

    /** What the dialplan makes of the text on the channel, as in an application's arguments. */
    protected String eval(String text) {
        return pbx.dialplan.substitute(channel, text);
    }

    /** {@code Set(name=value)} on the channel. */
    protected void set(String name, String value) {
        pbx.dialplan.functionCalls().assign(channel, name, value);
    }
}
