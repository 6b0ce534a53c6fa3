package org.strowger.chantest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Test;
import org.strowger.api.channel.ChannelRequestException;
import org.strowger.api.channel.HangupCause;
import org.strowger.api.media.Format;
import org.strowger.chantest.internal.FarEndScript.Outcome;

public class FarEndScriptTest {

    @Test
    public void aBareNameAnswersAtOnceInUlaw() throws ChannelRequestException {
        FarEndScript script = FarEndScript.parseDialled("bob");
        assertEquals("bob", script.name());
        assertEquals(Format.ULAW, script.format());
        assertEquals(Outcome.ANSWER, script.outcome());
        assertEquals(0, script.answerDelayMillis());
        assertFalse(script.ring());
        assertFalse(script.echo());
        assertEquals(FarEndScript.NO_TONE, script.toneHz());
        assertEquals("", script.dtmf());
        assertEquals(FarEndScript.NO_HANGUP, script.hangupDelayMillis());
    }

    @Test
    public void everyOptionIsRead() throws ChannelRequestException {
        FarEndScript script = FarEndScript.parseDialled(
                "alice.b-1@x+y/format=alaw/ring/answer=250/tone=1000/echo/dtmf=12*#abcd/hangup=5000");
        assertEquals("alice.b-1@x+y", script.name());
        assertEquals(Format.ALAW, script.format());
        assertTrue(script.ring());
        assertEquals(250, script.answerDelayMillis());
        assertEquals(1000, script.toneHz());
        assertTrue(script.echo());
        assertEquals("12*#ABCD", script.dtmf());
        assertEquals(5000, script.hangupDelayMillis());
    }

    @Test
    public void optionNamesAndFormatsIgnoreCase() throws ChannelRequestException {
        FarEndScript script = FarEndScript.parseDialled("bob/FORMAT=SLIN/Echo");
        assertEquals(Format.SLIN, script.format());
        assertTrue(script.echo());
    }

    @Test
    public void outcomes() throws ChannelRequestException {
        assertEquals(Outcome.NEVER_ANSWER, FarEndScript.parseDialled("bob/answer=never").outcome());
        assertEquals(Outcome.BUSY, FarEndScript.parseDialled("bob/ring/busy").outcome());
        assertEquals(Outcome.CONGESTION, FarEndScript.parseDialled("bob/congestion").outcome());
        assertEquals(Format.G729, FarEndScript.parseDialled("bob/format=g729/echo").format());
    }

    @Test
    public void malformedResourcesAreInvalidNumberFormatNamingTheBadPart() {
        expectRefused("", "needs a name");
        expectRefused("/echo", "empty name");
        expectRefused("bo b", "character ' ' not allowed in the name 'bo b'");
        expectRefused("bob//echo", "empty option after 'bob/'");
        expectRefused("bob/echo/", "empty option after 'bob/echo/'");
        expectRefused("bob/loud", "unknown option 'loud' in Test/bob/loud");
        expectRefused("bob/format=gsm", "unknown format in 'format=gsm'");
        expectRefused("bob/format=", "option 'format=' needs a value");
        expectRefused("bob/answer=soon", "'answer=soon': answer takes milliseconds (0 or more) or 'never'");
        expectRefused("bob/answer=-5", "'answer=-5'");
        expectRefused("bob/answer", "option 'answer' needs a value");
        expectRefused("bob/hangup=1.5", "'hangup=1.5': hangup takes milliseconds");
        expectRefused("bob/tone=0", "'tone=0': a tone takes whole hertz from 1 to 3999");
        expectRefused("bob/tone=4000", "'tone=4000'");
        expectRefused("bob/tone=+440", "'tone=+440'");
        expectRefused("bob/dtmf=12x", "'x' in 'dtmf=12x' is not a DTMF digit");
        expectRefused("bob/echo=yes", "option 'echo' takes no value: 'echo=yes'");
        expectRefused("bob/ring/ring", "option 'ring' given twice");
        expectRefused("bob/busy/congestion", "'busy' and 'congestion' exclude each other");
        expectRefused("bob/busy/answer=100", "'answer' contradicts 'busy'");
        expectRefused("bob/answer=never/congestion", "'congestion' contradicts 'answer=never'");
    }

    @Test
    public void aToneCannotBeSentInG729() {
        try {
            FarEndScript.parseDialled("bob/format=g729/tone=1000");
            fail("a g729 tone was accepted");
        } catch (ChannelRequestException e) {
            assertEquals(HangupCause.BEARERCAPABILITY_NOTIMPL.code(), e.cause());
            assertTrue(e.getMessage(), e.getMessage().contains("no G.729 encoder"));
        }
    }

    @Test
    public void incomingCallsTakeTheAfterAnswerOptions() {
        FarEndScript script = FarEndScript.parseIncoming("alice/echo/tone=440/dtmf=5/hangup=100", Format.SLIN);
        assertEquals("alice", script.name());
        assertEquals(Format.SLIN, script.format());
        assertEquals(440, script.toneHz());
        assertEquals(FarEndScript.parseIncoming("alice/format=slin", Format.SLIN).format(), Format.SLIN);
    }

    @Test
    public void incomingCallsRefuseWhatOnlyADialledFarEndDoes() {
        for (String option : new String[] {"answer=100", "ring", "busy", "congestion"}) {
            try {
                FarEndScript.parseIncoming("alice/" + option, Format.ULAW);
                fail(option + " was accepted for an incoming call");
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("'" + option + "' is for dialled calls"));
            }
        }
        try {
            FarEndScript.parseIncoming("alice/format=alaw", Format.ULAW);
            fail("a contradicting format was accepted");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("'format=alaw' contradicts the format ulaw"));
        }
    }

    private static void expectRefused(String resource, String mentioned) {
        try {
            FarEndScript.parseDialled(resource);
            fail("Test/" + resource + " was accepted");
        } catch (ChannelRequestException e) {
            assertEquals("cause for Test/" + resource, HangupCause.INVALID_NUMBER_FORMAT.code(), e.cause());
            assertTrue("'" + e.getMessage() + "' should mention: " + mentioned, e.getMessage().contains(mentioned));
        }
    }
}
