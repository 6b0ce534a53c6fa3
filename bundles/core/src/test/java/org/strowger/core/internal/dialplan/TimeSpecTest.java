package org.strowger.core.internal.dialplan;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.junit.Test;

/** Time conditions as main/pbx_timing.c reads and checks them. */
public class TimeSpecTest {

    private static boolean at(String spec, String localTime) {
        return TimeSpec.parse(spec).orElseThrow().matches(ZonedDateTime.parse(localTime + "Z").withZoneSameLocal(ZoneOffset.UTC));
    }

    @Test
    public void officeHoursIncludeBothEndMinutesOnWeekdaysOnly() {
        String office = "09:00-17:00,mon-fri,*,*";
        assertTrue(at(office, "2024-01-08T09:00:00")); // Monday
        assertTrue(at(office, "2024-01-08T17:00:59"));
        assertFalse(at(office, "2024-01-08T17:01:00"));
        assertFalse(at(office, "2024-01-08T08:59:00"));
        assertFalse(at(office, "2024-01-06T10:00:00")); // Saturday
    }

    @Test
    public void rangesWrapAroundAndItemsJoinWithAmpersands() {
        assertTrue(at("22:00-02:00,*,*,*", "2024-01-08T01:30:00"));
        assertFalse(at("22:00-02:00,*,*,*", "2024-01-08T12:00:00"));
        assertTrue(at("*,fri-mon,*,*", "2024-01-07T12:00:00")); // Sunday
        assertFalse(at("*,fri-mon,*,*", "2024-01-09T12:00:00")); // Tuesday
        assertTrue(at("*,*,1&15,jan&mar", "2024-03-15T12:00:00"));
        assertFalse(at("*,*,1&15,jan&mar", "2024-02-15T12:00:00"));
        assertTrue(at("*,*,*,1", "2024-01-20T12:00:00")); // months count from 1
        assertFalse(at("*,*,31,feb", "2024-02-29T12:00:00"));
    }

    @Test
    public void aBadItemIsSkippedAndTheRestStillCounts() {
        assertTrue(at("*,mon&funday,*,*", "2024-01-08T12:00:00"));
        assertFalse(at("*,funday,*,*", "2024-01-08T12:00:00"));
        assertTrue(TimeSpec.parse("").isEmpty());
    }

    @Test
    public void aFifthFieldIsTheTimeZone() {
        TimeSpec spec = TimeSpec.parse("09:00-10:00,*,*,*,Asia/Tokyo").orElseThrow();
        // 00:30 UTC is 09:30 in Tokyo.
        assertTrue(spec.matches(java.time.Instant.parse("2024-01-08T00:30:00Z")));
        assertFalse(spec.matches(java.time.Instant.parse("2024-01-08T09:30:00Z")));
    }
}
