package org.strowger.core.internal.dialplan;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.strowger.api.config.ConfigException;
import org.strowger.config.ConfigParser;

/** extensions.conf as Asterisk's pbx_config reads it (asterisk-behaviour.md section 3). */
public class ExtensionsConfReaderTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private DialplanSnapshot read(String text) throws IOException, ConfigException {
        Path dir = folder.getRoot().toPath();
        Files.writeString(dir.resolve("extensions.conf"), text);
        return new ExtensionsConfReader(new PatternExtensionMatcher()).read(new ConfigParser(dir).parse("extensions.conf"));
    }

    private static Priority at(DialplanSnapshot dialplan, String context, String exten, int priority) {
        return dialplan.find(context, exten, priority, "").orElseThrow(
                () -> new AssertionError("no " + exten + "@" + context + ":" + priority));
    }

    @Test
    public void everySectionButGeneralAndGlobalsIsAContext() throws Exception {
        DialplanSnapshot dialplan = read("""
                [general]
                autofallthrough = no
                [globals]
                A = 1
                [default]
                exten => s,1,NoOp()
                [demo]
                exten => 600,1,Echo()
                """);

        assertEquals(Set.of("default", "demo"), dialplan.contexts().keySet());
        assertFalse(dialplan.autoFallthrough());
    }

    @Test
    public void globalsAreSetInOrderAndMaySubstituteEarlierOnes() throws Exception {
        DialplanSnapshot dialplan = read("""
                [globals]
                TRUNK = Skype
                DEST = ${TRUNK}/echo123
                [globals]
                LATE => yes
                """);

        assertEquals(Map.of("TRUNK", "Skype", "DEST", "Skype/echo123", "LATE", "yes"), dialplan.globals());
    }

    @Test
    public void applicationIsTheTextBeforeTheFirstParenthesisAndArgumentsRunToTheLast() throws Exception {
        DialplanSnapshot dialplan = read("""
                [ctx]
                exten => 1,1,Set(X=$[(1+2)*3])
                exten => 2,1,Answer
                exten => 3,1,NoOp(a)b)
                exten => 4,1,Dial(Skype/bob,20
                """);

        assertEquals("Set", at(dialplan, "ctx", "1", 1).application());
        assertEquals("X=$[(1+2)*3]", at(dialplan, "ctx", "1", 1).data());
        assertEquals("Answer", at(dialplan, "ctx", "2", 1).application());
        assertEquals("", at(dialplan, "ctx", "2", 1).data());
        assertEquals("a)b", at(dialplan, "ctx", "3", 1).data());
        assertEquals("Skype/bob,20", at(dialplan, "ctx", "4", 1).data());
    }

    @Test
    public void nextSameAndLabelledPriorities() throws Exception {
        DialplanSnapshot dialplan = read("""
                [ctx]
                exten => 100,1,NoOp(one)
                 same => n(second),NoOp(two)
                 same => n,NoOp(three)
                exten => 100,10,NoOp(ten)
                exten => 100,next,NoOp(eleven)
                exten => 100,second+10,NoOp(twelve)
                exten => 200,5(start),NoOp(five)
                 same => start+2,NoOp(seven)
                """);

        assertEquals("one", at(dialplan, "ctx", "100", 1).data());
        assertEquals("two", at(dialplan, "ctx", "100", 2).data());
        assertEquals("second", at(dialplan, "ctx", "100", 2).label());
        assertEquals("three", at(dialplan, "ctx", "100", 3).data());
        assertEquals("ten", at(dialplan, "ctx", "100", 10).data());
        assertEquals("eleven", at(dialplan, "ctx", "100", 11).data());
        assertEquals("twelve", at(dialplan, "ctx", "100", 12).data());
        assertEquals("five", at(dialplan, "ctx", "200", 5).data());
        assertEquals("seven", at(dialplan, "ctx", "200", 7).data());
        assertTrue(dialplan.problems().isEmpty());
    }

    @Test
    public void malformedLinesAreReportedWithFileAndLineAndTheRestLoads() throws Exception {
        DialplanSnapshot dialplan = read("""
                [ctx]
                same => 1,NoOp(no extension before me)
                exten => 100,n,NoOp(next on the first line)
                exten => 100
                exten => 100,0,NoOp(priority zero)
                exten => 100,nowhere,NoOp(no such label)
                exten => 100,1,NoOp(good)
                exten => 100,1,NoOp(duplicate)
                exten => ,1,NoOp(no extension)
                frobnicate => 1
                exten => 101,1,NoOp(still loaded)
                """);

        List<String> problems = dialplan.problems();
        List<Integer> lines = List.of(2, 3, 4, 5, 6, 8, 9, 10);
        assertEquals(problems.toString(), lines.size(), problems.size());
        for (int i = 0; i < lines.size(); i++) {
            assertTrue(problems.get(i), problems.get(i).startsWith("extensions.conf:" + lines.get(i) + ": "));
        }
        assertTrue(problems.get(1), problems.get(1).contains("Can't use 'next' priority on the first entry"));
        assertTrue(problems.get(4), problems.get(4).contains("Invalid priority/label 'nowhere'"));
        assertTrue(problems.get(5), problems.get(5).contains("already in use"));
        assertTrue(problems.get(7), problems.get(7).contains("frobnicate"));

        assertEquals("good", at(dialplan, "ctx", "100", 1).data());
        assertEquals("still loaded", at(dialplan, "ctx", "101", 1).data());
    }

    @Test
    public void problemsInAnIncludedFileNameThatFile() throws Exception {
        Files.writeString(folder.getRoot().toPath().resolve("more.conf"), "\nexten => 300\n");
        DialplanSnapshot dialplan = read("""
                [ctx]
                #include more.conf
                exten => 301,1,NoOp()
                """);

        assertEquals(List.of("more.conf:2"), dialplan.problems().stream().map(p -> p.substring(0, p.indexOf(": "))).toList());
        assertTrue(dialplan.find("ctx", "301", 1, "").isPresent());
    }

    @Test
    public void matchingIsExactAfterRemovingDashes() throws Exception {
        DialplanSnapshot dialplan = read("""
                [ctx]
                exten => 555-1234,1,NoOp(dashes)
                exten => 1000,1,NoOp()
                """);

        assertTrue(dialplan.find("ctx", "5551234", 1, "").isPresent());
        assertTrue(dialplan.find("ctx", "555-12-34", 1, "").isPresent());
        assertFalse(dialplan.find("ctx", "100", 1, "").isPresent());
        assertFalse(dialplan.find("ctx", "10000", 1, "").isPresent());
        assertFalse(dialplan.find("CTX", "1000", 1, "").isPresent());
        assertFalse(dialplan.find("ctx", "1000", 2, "").isPresent());
    }

    @Test
    public void anExtensionLimitedToACallerWinsForThatCaller() throws Exception {
        DialplanSnapshot dialplan = read("""
                [ctx]
                exten => 100,1,NoOp(anyone)
                exten => 100/5551234,1,NoOp(boss)
                """);

        assertEquals("boss", dialplan.find("ctx", "100", 1, "5551234").orElseThrow().data());
        assertEquals("anyone", dialplan.find("ctx", "100", 1, "5550000").orElseThrow().data());
        assertEquals("anyone", dialplan.find("ctx", "100", 1, "").orElseThrow().data());
    }

    @Test
    public void includedContextsAreSearchedAfterTheContextItself() throws Exception {
        DialplanSnapshot dialplan = read("""
                [inner]
                exten => 100,1,NoOp(inner)
                exten => 200,1,NoOp(inner 200)
                [outer]
                include => inner
                include => outer
                exten => 100,1,NoOp(outer)
                """);

        assertEquals("outer", dialplan.find("outer", "100", 1, "").orElseThrow().data());
        assertEquals("inner 200", dialplan.find("outer", "200", 1, "").orElseThrow().data());
        assertFalse(dialplan.find("inner", "300", 1, "").isPresent());
    }

    @Test
    public void aHintIsNotAPriority() throws Exception {
        DialplanSnapshot dialplan = read("""
                [ctx]
                exten => 100,hint,Skype/alice&Custom:lamp
                exten => 100,1,NoOp()
                """);

        Extension extension = dialplan.findExtension("ctx", "100", "").orElseThrow();
        assertEquals("Skype/alice&Custom:lamp", extension.hint().orElseThrow());
        assertEquals(Set.of(1), extension.priorities().keySet());
    }

    @Test
    public void doubtfulLinesGetAsterisksWarningsAndStillLoad() throws Exception {
        DialplanSnapshot dialplan = read("""
                [ctx]
                exten => _.,1,NoOp(catch all)
                exten => _!,1,NoOp(early)
                include => other
                include => OTHER
                include => missing
                ignorepat => 9
                ignorepat => 9
                [other]
                exten => 1,1,NoOp()
                """);

        List<String> problems = dialplan.problems();
        assertTrue(problems.toString(), problems.contains("extensions.conf:2: The use of '_.' for an extension is strongly"
                + " discouraged and can have unexpected behavior.  Please use '_X.' instead"));
        assertTrue(problems.toString(), problems.contains("extensions.conf:3: The use of '_!' for an extension is strongly"
                + " discouraged and can have unexpected behavior.  Please use '_X!' instead"));
        assertTrue(problems.toString(), problems.contains("extensions.conf:5: Context 'OTHER' already included in 'ctx' context"));
        assertTrue(problems.toString(), problems.contains("extensions.conf:6: Context 'ctx' tries to include nonexistent"
                + " context 'missing'"));
        assertTrue(problems.toString(), problems.contains("extensions.conf:8: Unable to include ignorepat '9' in context 'ctx'"));
        assertEquals(List.of("9"), dialplan.context("ctx").orElseThrow().ignorePatterns());
        assertEquals("catch all", at(dialplan, "ctx", "anything", 1).data());
    }

    @Test
    public void aBracketSetMayHoldACommaAndDashedNamesAreOneExtension() throws Exception {
        DialplanSnapshot dialplan = read("""
                [ctx]
                exten => _[1,5]XX,1,NoOp(set)
                exten => 555-12,1,NoOp(one)
                exten => 55512,2,NoOp(two)
                """);

        assertEquals("set", at(dialplan, "ctx", "512", 1).data());
        assertEquals("two", at(dialplan, "ctx", "555-12", 2).data());
        assertEquals("555-12", dialplan.findExtension("ctx", "55512", "").orElseThrow().displayName());
    }
}
