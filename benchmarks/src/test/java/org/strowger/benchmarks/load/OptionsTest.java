package org.strowger.benchmarks.load;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.Test;

public class OptionsTest {

    @Test
    public void readsValuesListsAndDefaults() {
        Options options = new Options(new String[] {"--calls", "100, 1_000", "--mode", "transcoding"},
                Set.of("calls", "mode", "seconds"));

        assertEquals(List.of(100, 1000), options.integers("calls", "1"));
        assertEquals("transcoding", options.string("mode", "native"));
        assertEquals(20, options.integer("seconds", 20));
    }

    @Test
    public void refusesUnknownOptionsAndMissingValues() {
        assertThrows(IllegalArgumentException.class, () -> new Options(new String[] {"--cals", "1"}, Set.of("calls")));
        assertThrows(IllegalArgumentException.class, () -> new Options(new String[] {"--calls"}, Set.of("calls")));
    }
}
