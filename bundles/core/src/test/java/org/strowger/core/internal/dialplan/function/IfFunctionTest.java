package org.strowger.core.internal.dialplan.function;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.junit.Test;
import org.strowger.api.dialplan.DialplanFunctionException;

/** IF (func_logic.c acf_if; asterisk-behaviour.md section 6) and IFTIME (iftime, main/pbx_timing.c). */
public class IfFunctionTest extends FunctionTestSupport {

    /** Wednesday 3 January 2024, 10:15 local time: a spec without a time zone is read in the local one. */
    private static final Clock WEDNESDAY_MORNING = Clock.fixed(
            ZonedDateTime.of(2024, 1, 3, 10, 15, 0, 0, ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());

    @Test
    public void trueAndFalseBranches() {
        assertEquals("yes", eval("${IF(1?yes:no)}"));
        assertEquals("no", eval("${IF(0?yes:no)}"));
        assertEquals("no", eval("${IF( 0 ?yes:no)}"));
        assertEquals("yes", eval("${IF(-2?yes:no)}"));
    }

    @Test
    public void aNonNumericConditionIsTrue() {
        assertEquals("yes", eval("${IF(abc?yes:no)}"));
    }

    @Test
    public void anEmptyConditionFailsAndReturnsEmptyNotTheFalseBranch() {
        assertEquals("", eval("${IF(?yes:no)}"));
        channel.setVariable("EMPTY", "");
        assertEquals("[]", eval("[${IF(${EMPTY}?yes:no)}]"));
    }

    @Test
    public void missingBranchesAreEmpty() {
        assertEquals("yes", eval("${IF(1?yes)}"));
        assertEquals("", eval("${IF(0?yes)}"));
        assertEquals("", eval("${IF(1?:no)}"));
        assertEquals("no", eval("${IF(0?:no)}"));
        // No '?' at all is a syntax error.
        assertEquals("", eval("${IF(1)}"));
    }

    @Test
    public void onlyTheFirstColonSeparatesTheBranches() {
        assertEquals("a", eval("${IF(1?a:b:c)}"));
        assertEquals("b:c", eval("${IF(0?a:b:c)}"));
        assertEquals("a:b", eval("${IF(1?\"a:b\":c)}"));
        assertEquals("x y", eval("${IF(1? x y :z)}"));
    }

    @Test
    public void substringOfTheResult() {
        assertEquals("y", eval("${IF(1?yes:no):0:1}"));
    }

    private static String ifTime(String arguments) throws DialplanFunctionException {
        return new IfTimeFunction(WEDNESDAY_MORNING).read(null, arguments);
    }

    @Test
    public void ifTimeTimesWeekdaysDaysAndMonths() throws Exception {
        assertEquals("open", ifTime("09:00-17:00,mon-fri,*,*?open:closed"));
        assertEquals("weekday", ifTime("*,sat-sun,*,*?weekend:weekday"));
        assertEquals("in", ifTime("*,*,3,jan?in:out"));
        assertEquals("out", ifTime("*,*,4,*?in:out"));
        assertEquals("out", ifTime("*,*,*,feb-dec?in:out"));
        assertEquals("in", ifTime("*|wed|*|*?in:out"));
    }

    @Test
    public void ifTimeRangesWrapAndTheEndMinuteCounts() throws Exception {
        assertEquals("day", ifTime("17:00-09:00,*,*,*?night:day"));
        assertEquals("in", ifTime("22:00-10:15,*,*,*?in:out"));
        assertEquals("out", ifTime("22:00-10:14,*,*,*?in:out"));
        assertEquals("exact", ifTime("10:15,*,*,*?exact:no"));
        assertEquals("out", ifTime("*,fri-mon,*,*?in:out"));
        assertEquals("in", ifTime("*,sat-wed,*,*?in:out"));
    }

    @Test
    public void ifTimeWeekdaysAndMonthsAsNumbersCountFromOne() throws Exception {
        // 1 is Sunday, so 4 is Wednesday.
        assertEquals("in", ifTime("*,4,*,1?in:out"));
        assertEquals("out", ifTime("*,3,*,*?in:out"));
    }

    @Test
    public void ifTimeTimezoneField() throws Exception {
        IfTimeFunction at1015Utc = new IfTimeFunction(Clock.fixed(Instant.parse("2024-01-03T10:15:00Z"), ZoneOffset.UTC));
        // 10:15 UTC is 05:15 in New York.
        assertEquals("out", at1015Utc.read(null, "09:00-17:00,*,*,*,America/New_York?in:out"));
        assertEquals("in", at1015Utc.read(null, "05:00-06:00,*,*,*,America/New_York?in:out"));
        assertEquals("in", at1015Utc.read(null, "10:15,*,*,*,UTC?in:out"));
    }

    @Test
    public void ifTimeSyntaxErrors() {
        assertThrows(DialplanFunctionException.class, () -> ifTime("?a:b"));
        assertThrows(DialplanFunctionException.class, () -> ifTime("09:00-17:00,*,*,*"));
    }

    @Test
    public void ifTimeIsRegistered() {
        assertEquals("yes", eval("${IFTIME(*,*,*,*?yes:no)}"));
    }
}
