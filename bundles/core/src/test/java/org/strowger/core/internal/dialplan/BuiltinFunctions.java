package org.strowger.core.internal.dialplan;

import org.strowger.core.internal.dialplan.app.MSetApplication;
import org.strowger.core.internal.dialplan.app.SetApplication;
import org.strowger.core.internal.dialplan.function.ArrayFunction;
import org.strowger.core.internal.dialplan.function.CallerIdFunction;
import org.strowger.core.internal.dialplan.function.ChannelFunction;
import org.strowger.core.internal.dialplan.function.CutFunction;
import org.strowger.core.internal.dialplan.function.EvalFunction;
import org.strowger.core.internal.dialplan.function.ExistsFunction;
import org.strowger.core.internal.dialplan.function.GlobalFunction;
import org.strowger.core.internal.dialplan.function.HashFunction;
import org.strowger.core.internal.dialplan.function.HashKeysFunction;
import org.strowger.core.internal.dialplan.function.IfFunction;
import org.strowger.core.internal.dialplan.function.IfTimeFunction;
import org.strowger.core.internal.dialplan.function.IsNullFunction;
import org.strowger.core.internal.dialplan.function.LenFunction;
import org.strowger.core.internal.dialplan.function.RandFunction;
import org.strowger.core.internal.dialplan.function.RegexFunction;
import org.strowger.core.internal.dialplan.function.StrftimeFunction;

/** The core's dialplan functions and the applications that write them, as the container registers them. */
final class BuiltinFunctions {

    private BuiltinFunctions() {
    }

    static void addTo(PbxHarness pbx) {
        DialplanEngine engine = pbx.dialplan;
        pbx.addApplication("Set", new SetApplication(engine));
        pbx.addApplication("MSet", new MSetApplication(engine));
        pbx.addFunction("ARRAY", new ArrayFunction(engine));
        pbx.addFunction("CALLERID", new CallerIdFunction());
        pbx.addFunction("CHANNEL", new ChannelFunction());
        pbx.addFunction("CUT", new CutFunction(engine));
        pbx.addFunction("EVAL", new EvalFunction(engine));
        pbx.addFunction("EXISTS", new ExistsFunction());
        pbx.addFunction("GLOBAL", new GlobalFunction(engine));
        pbx.addFunction("HASH", new HashFunction(engine));
        pbx.addFunction("HASHKEYS", new HashKeysFunction());
        pbx.addFunction("IF", new IfFunction());
        pbx.addFunction("IFTIME", new IfTimeFunction());
        pbx.addFunction("ISNULL", new IsNullFunction());
        pbx.addFunction("LEN", new LenFunction());
        pbx.addFunction("RAND", new RandFunction());
        pbx.addFunction("REGEX", new RegexFunction());
        pbx.addFunction("STRFTIME", new StrftimeFunction());
    }
}
