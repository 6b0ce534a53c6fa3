package org.strowger.community.media;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** Loss and jitter against the formulas of RFC 3550 A.1, A.3 and A.8, on made-up arrivals. */
public class SourceStatisticsTest {

    private static final double EPSILON = 1e-9;

    @Test
    public void countsLossFromTheExtendedHighestSequenceNumber() {
        SourceStatistics s = new SourceStatistics(1, 8000);
        int[] seqs = {100, 101, 103, 104, 107}; // 102, 105, 106 missing
        for (int seq : seqs) {
            s.updateInTimestampUnits(seq, 0, 0, false);
        }
        SourceStatistics.Snapshot snap = s.snapshot();
        assertEquals(5, snap.received());
        assertEquals(107, snap.extendedHighestSeq());
        assertEquals(8, snap.expected()); // 107 - 100 + 1
        assertEquals(3, snap.lost());
        assertEquals(3 / 8d, snap.lossFraction(), EPSILON);
    }

    @Test
    public void sequenceWrapAddsACycle() {
        SourceStatistics s = new SourceStatistics(1, 8000);
        for (int seq : new int[] {65533, 65534, 65535, 0, 2}) { // 1 lost across the wrap
            s.updateInTimestampUnits(seq, 0, 0, false);
        }
        SourceStatistics.Snapshot snap = s.snapshot();
        assertEquals(65536 + 2, snap.extendedHighestSeq());
        assertEquals(6, snap.expected());
        assertEquals(1, snap.lost());
    }

    @Test
    public void duplicatesAndLatePacketsCountAsReceivedSoLossCanGoNegative() {
        SourceStatistics s = new SourceStatistics(1, 8000);
        for (int seq : new int[] {10, 11, 12, 12, 11}) {
            s.updateInTimestampUnits(seq, 0, 0, false);
        }
        SourceStatistics.Snapshot snap = s.snapshot();
        assertEquals(3, snap.expected());
        assertEquals(5, snap.received());
        assertEquals(-2, snap.lost());
        assertEquals(2, snap.duplicatesOrLate());
        assertEquals(0, snap.lossFraction(), EPSILON);
    }

    @Test
    public void aLargeJumpIsBelievedOnlyWhenTheNextPacketFollowsIt() {
        SourceStatistics s = new SourceStatistics(1, 8000);
        s.updateInTimestampUnits(1, 0, 0, false);
        s.updateInTimestampUnits(2, 0, 0, false);
        s.updateInTimestampUnits(40000, 0, 0, false); // stray: ignored
        assertEquals(2, s.snapshot().received());
        assertEquals(2, s.snapshot().extendedHighestSeq());
        s.updateInTimestampUnits(40001, 0, 0, false); // confirms the restart: counting starts again
        SourceStatistics.Snapshot snap = s.snapshot();
        assertEquals(1, snap.received());
        assertEquals(1, snap.expected());
        assertEquals(0, snap.lost());
    }

    @Test
    public void jitterFollowsTheRunningEstimateOfA8() {
        SourceStatistics s = new SourceStatistics(1, 8000);
        // 20 ms packets (160 units) arriving with these deviations from a perfect clock
        int[] deviation = {0, 40, -10, 0, 80, 80, 0};
        double expected = 0;
        Integer lastTransit = null;
        for (int i = 0; i < deviation.length; i++) {
            long ts = 1000 + 160L * i;
            int arrival = 5000 + 160 * i + deviation[i];
            s.updateInTimestampUnits(i, ts, arrival, true);
            int transit = (int) (arrival - ts);
            if (lastTransit != null) {
                expected += (Math.abs(transit - lastTransit) - expected) / 16;
            }
            lastTransit = transit;
        }
        // worked out by hand: |D| = 40, 50, 10, 80, 0, 80
        double byHand = 0;
        for (int d : new int[] {40, 50, 10, 80, 0, 80}) {
            byHand += (d - byHand) / 16;
        }
        assertEquals(byHand, expected, EPSILON);
        assertEquals(expected, s.snapshot().jitter(), EPSILON);
        assertEquals(expected / 8, s.snapshot().jitterMillis(), EPSILON);
    }

    @Test
    public void aPerfectClockHasNoJitterEvenAcrossTheTimestampWrap() {
        SourceStatistics s = new SourceStatistics(1, 8000);
        long ts = 0xFFFFFFFFL - 320;
        for (int i = 0; i < 6; i++) {
            s.updateInTimestampUnits(i, (ts + 160L * i) & 0xFFFFFFFFL, 160d * i, true);
        }
        assertEquals(0, s.snapshot().jitter(), EPSILON);
    }

    @Test
    public void eventsOutsideTheSamplingClockDoNotTouchJitter() {
        SourceStatistics s = new SourceStatistics(1, 8000);
        s.updateInTimestampUnits(1, 0, 0, true);
        s.updateInTimestampUnits(2, 0, 500, false); // a telephone-event keeps its start timestamp
        s.updateInTimestampUnits(3, 160, 160, true);
        assertEquals(0, s.snapshot().jitter(), EPSILON);
        assertEquals(3, s.snapshot().received());
    }

    @Test
    public void convertsNanosecondArrivalsToTimestampUnits() {
        SourceStatistics s = new SourceStatistics(1, 8000);
        s.update(1, 0, 0, true);
        s.update(2, 160, 25_000_000L, true); // 5 ms late = 40 units
        assertEquals(40 / 16d, s.snapshot().jitter(), 1e-6);
    }
}
