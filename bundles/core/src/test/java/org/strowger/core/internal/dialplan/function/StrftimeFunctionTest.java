package org.strowger.core.internal.dialplan.function;

import static org.junit.Assert.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.Test;

/** STRFTIME (func_strings.c acf_strftime, main/localtime.c ast_strftime). */
public class StrftimeFunctionTest {

    /** 2006-03-01 07:30:35 in Chicago is epoch 1141219835 (func_strings.c STRPTIME example). */
    private static final long EPOCH = 1141219835L;

    private final StrftimeFunction strftime = new StrftimeFunction(
            Clock.fixed(Instant.ofEpochSecond(EPOCH, 123_456_000), ZoneOffset.UTC));

    private String read(String arguments) {
        return strftime.read(null, arguments);
    }

    @Test
    public void epochInANamedZone() {
        assertEquals("2006-03-01 07:30:35", read(EPOCH + ",America/Chicago,%Y-%m-%d %H:%M:%S"));
        assertEquals("CST -0600", read(EPOCH + ",America/Chicago,%Z %z"));
    }

    @Test
    public void theDefaultFormatIsTheCLocalesC() {
        assertEquals("Wed Mar  1 13:30:35 2006", read(EPOCH + ",UTC"));
        assertEquals("Wed Mar  1 13:30:35 2006", read(EPOCH + ",UTC,%c"));
    }

    @Test
    public void anEmptyFormatGivesNothing() {
        assertEquals("", read(EPOCH + ",UTC,"));
    }

    @Test
    public void conversions() {
        assertEquals("060|3|3|PM|01|06|20|03/01/06|2006-03-01|13:30:35|13:30|Wednesday|March|Mar| 1|%",
                read(EPOCH + ",UTC,%j|%u|%w|%p|%I|%y|%C|%D|%F|%T|%R|%A|%B|%h|%e|%%"));
        assertEquals(Long.toString(EPOCH), read(EPOCH + ",UTC,%s"));
    }

    @Test
    public void fractionsOfASecond() {
        assertEquals("35.250", read(EPOCH + ".25,UTC,%S.%q"));
        assertEquals("35.2", read(EPOCH + ".25,UTC,%S.%1q"));
        assertEquals("35.250000", read(EPOCH + ".25,UTC,%S.%6q"));
    }

    @Test
    public void anEmptyOrUnreadableEpochIsNow() {
        assertEquals(EPOCH + ".123", read(",UTC,%s.%3q"));
        assertEquals(Long.toString(EPOCH), read("soon,UTC,%s"));
    }

    @Test
    public void anUnknownZoneIsUtc() {
        assertEquals("13", read(EPOCH + ",Nowhere/Zone,%H"));
    }
}
