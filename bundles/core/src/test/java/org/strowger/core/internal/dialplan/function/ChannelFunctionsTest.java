package org.strowger.core.internal.dialplan.function;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.Test;
import org.strowger.api.channel.CallerId;
import org.strowger.api.channel.HangupCause;
import org.strowger.api.media.Format;

/** CHANNEL (func_channel.c), CALLERID (func_callerid.c) and GLOBAL (func_global.c). */
public class ChannelFunctionsTest extends FunctionTestSupport {

    @Test
    public void channelCoreItems() {
        assertEquals(channel.name(), eval("${CHANNEL(name)}"));
        assertEquals(channel.name(), eval("${CHANNEL(channame)}"));
        assertEquals("Fake", eval("${CHANNEL(channeltype)}"));
        assertEquals(channel.state().text(), eval("${CHANNEL(state)}"));
        assertEquals(channel.uniqueId(), eval("${CHANNEL(uniqueid)}"));
        assertEquals(channel.linkedId(), eval("${CHANNEL(linkedid)}"));
        assertEquals("ctx|100", eval("${CHANNEL(context)}|${CHANNEL(exten)}"));
        assertEquals("0", eval("${CHANNEL(checkhangup)}"));
        assertEquals(channel.readFormat().name(), eval("${CHANNEL(audioreadformat)}"));
        assertEquals(channel.writeFormat().name(), eval("${CHANNEL(audiowriteformat)}"));
        String natives = channel.nativeFormats().stream().map(Format::name).collect(Collectors.joining("|", "(", ")"));
        assertEquals(natives, eval("${CHANNEL(audionativeformat)}"));
        assertEquals("", eval("${CHANNEL(peer)}"));
    }

    @Test
    public void itemsIgnoreCase() {
        assertEquals(channel.name(), eval("${CHANNEL(NAME)}"));
    }

    @Test
    public void languageMusicClassAndAccountCodeAreWritable() {
        set("CHANNEL(language)", "de");
        set("CHANNEL(musicclass)", "jazz");
        set("CHANNEL(accountcode)", "acct1");
        assertEquals("de", channel.language());
        assertEquals("jazz", channel.musicClass());
        assertEquals("acct1", channel.accountCode());
        assertEquals("de|jazz|acct1", eval("${CHANNEL(language)}|${CHANNEL(musicclass)}|${CHANNEL(accountcode)}"));
    }

    @Test
    public void otherItemsAreTheTechnologys() {
        assertEquals("alice", eval("${CHANNEL(fake_resource)}"));
    }

    @Test
    public void technologyItemsCanBeWrittenWhereTheTechnologyAllows() {
        assertTrue(pbx.dialplan.functionCalls().write(channel, "CHANNEL(fake_token)", "secret plans"));
        assertEquals("secret plans", eval("${CHANNEL(fake_token)}"));
        assertFalse("the resource is read-only", pbx.dialplan.functionCalls().write(channel, "CHANNEL(fake_resource)", "x"));
    }

    @Test
    public void unknownItemsGiveNothing() {
        assertEquals("[]", eval("[${CHANNEL(bogus)}]"));
        assertFalse(pbx.dialplan.functionCalls().write(channel, "CHANNEL(bogus)", "x"));
        // Without an application running, appname is unknown too (func_channel tests ast_channel_appl).
        assertEquals("[]", eval("[${CHANNEL(appname)}]"));
    }

    @Test
    public void checkHangupAfterTheHangup() {
        channel.hangup(HangupCause.NORMAL_CLEARING.code());
        assertEquals("1", eval("${CHANNEL(checkhangup)}"));
    }

    @Test
    public void callerIdParts() {
        channel.setCallerId(new CallerId("5551234", "Alice"));
        assertEquals("\"Alice\" <5551234>", eval("${CALLERID(all)}"));
        assertEquals("Alice", eval("${CALLERID(name)}"));
        assertEquals("5551234", eval("${CALLERID(num)}"));
        assertEquals("5551234", eval("${CALLERID(number)}"));
        assertEquals("5551234", eval("${CALLERID(NUM)}"));
        assertEquals("[]", eval("[${CALLERID(bogus)}]"));
    }

    @Test
    public void callerIdAllQuotesEvenWhenEmpty() {
        channel.setCallerId(CallerId.UNKNOWN);
        assertEquals("\"\" <>", eval("${CALLERID(all)}"));
    }

    @Test
    public void callerIdFromASecondArgument() {
        assertEquals("Dave", eval("${CALLERID(name,\"Dave\" <123>)}"));
        assertEquals("123", eval("${CALLERID(num,Dave <123>)}"));
        assertEquals("\"Dave\" <123>", eval("${CALLERID(all,Dave <123>)}"));
    }

    @Test
    public void callerIdWrites() {
        channel.setCallerId(new CallerId("100", "Alice"));
        set("CALLERID(name)", "Bob");
        assertEquals(new CallerId("100", "Bob"), channel.callerId());
        set("CALLERID(num)", "  200");
        assertEquals(new CallerId("200", "Bob"), channel.callerId());
        set("CALLERID(all)", "\"Carol\" <(555) 123-4567>");
        assertEquals(new CallerId("5551234567", "Carol"), channel.callerId());
    }

    @Test
    public void callerIdAllOfABareTextIsANumberOnlyIfItLooksLikeOne() {
        set("CALLERID(all)", "555-1234");
        assertEquals(new CallerId("5551234", ""), channel.callerId());
        set("CALLERID(all)", "James Bond");
        assertEquals(new CallerId("", "James Bond"), channel.callerId());
    }

    @Test
    public void globalReadsAndWritesGlobalsWhateverTheChannelHas() {
        channel.setVariable("g", "channel's");
        set("GLOBAL(g)", "global");
        assertEquals(Optional.of("global"), pbx.dialplan.globalVariable("g"));
        assertEquals("channel's|global", eval("${g}|${GLOBAL(g)}"));
        set("GLOBAL(g)", "");
        assertEquals(Optional.of(""), pbx.dialplan.globalVariable("g"));
    }
}
