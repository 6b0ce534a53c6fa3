package org.strowger.config;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.runners.Enclosed;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;
import org.strowger.api.config.ConfigEntry;
import org.strowger.api.config.ConfigException;
import org.strowger.api.config.ConfigFile;
import org.strowger.api.config.ConfigSection;

/**
 * Golden-file tests: each folder under {@code config-golden} holds an {@code input.conf} (plus the files
 * it includes) and an {@code expected.txt}, written by hand from the Asterisk rules. For a valid input
 * the expected file is the {@link #render rendering} of the result; for an invalid one it is exactly
 * the exception message. The configuration directory is shown as {@code <dir>} in messages.
 */
@RunWith(Enclosed.class)
public class ConfigParserTest {

    /** Every golden case, so that a folder lost on the way (or a new one) is noticed. */
    static final Set<String> GOLDEN_CASES = Set.of(
            "sections-and-entries", // = and =>, trimming, a = b=c, exten => ...Dial(...), duplicates, blank lines, UTF-8
            "comments", // ; \; ;--- ;-- --; on one and several lines, nesting, text around blocks
            "templates", // (!), (tmpl1,tmpl2), chained templates, (!,tmpl), inherited file:line, from an include
            "append", // (+) to the most recent section, (+,tmpl), (+) from an included file
            "include-basic", // plain, "quoted", <angled>, relative to the directory, section scope, repeated include
            "include-glob", // sorted matches, no dot files, no directories, zero matches
            "tryinclude", // missing #tryinclude, #exec
            "crlf", // CRLF line endings, no final line ending
            "include-depth-32",
            "error-missing-top-level",
            "error-no-closing-bracket",
            "error-empty-section-name",
            "error-text-after-bracket",
            "error-no-closing-paren",
            "error-text-after-paren",
            "error-empty-option",
            "error-append-undefined",
            "error-append-template",
            "error-append-and-template",
            "error-inherit-undefined",
            "error-no-equals",
            "error-outside-section",
            "error-empty-key",
            "error-unterminated-block-comment",
            "error-block-comment-in-include",
            "error-unknown-directive",
            "error-include-without-file",
            "error-include-missing",
            "error-include-cycle-self",
            "error-include-cycle-two",
            "error-include-depth-33",
            "error-in-included-file",
            "error-malformed-utf8");

    @RunWith(Parameterized.class)
    public static class Golden {

        @Parameters(name = "{0}")
        public static List<String> cases() throws IOException {
            try (Stream<Path> folders = Files.list(goldenRoot())) {
                return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted().toList();
            }
        }

        @Parameter
        public String caseName;

        @Test
        public void matchesExpected() throws IOException {
            Path caseDirectory = goldenRoot().resolve(caseName);
            String expected = Files.readString(caseDirectory.resolve("expected.txt"), StandardCharsets.UTF_8)
                    .replace("\r\n", "\n")
                    .stripTrailing();
            String actual;
            try {
                actual = render(new ConfigParser(caseDirectory).parse("input.conf"));
            } catch (ConfigException e) {
                actual = e.getMessage();
            }
            assertEquals(expected, actual.replace(caseDirectory.toAbsolutePath().normalize().toString(), "<dir>"));
        }
    }

    public static class Other {

        @Rule
        public TemporaryFolder temporary = new TemporaryFolder();

        @Test
        public void everyGoldenCaseIsPresent() throws IOException {
            assertEquals(new TreeSet<>(GOLDEN_CASES), new TreeSet<>(Golden.cases()));
        }

        @Test
        public void crlfCaseReallyHasCarriageReturns() throws IOException {
            // A checkout that normalises line endings would turn the CRLF case into a second LF case.
            String input = Files.readString(goldenRoot().resolve("crlf/input.conf"), StandardCharsets.UTF_8);
            assertTrue(input.contains("\r\n"));
        }

        @Test
        public void absoluteIncludesAreTakenAsTheyAreAndNamedByTheirFullPath() throws IOException, ConfigException {
            Path directory = temporary.newFolder("etc").toPath();
            Path elsewhere = temporary.newFolder("elsewhere").toPath().resolve("extra.conf");
            Files.writeString(elsewhere, "[extra]\nfrom = elsewhere\n");
            Files.writeString(directory.resolve("inside.conf"), "inside = yes\n");
            Files.writeString(directory.resolve("input.conf"), "[general]\n#include " + directory.resolve("inside.conf")
                    + "\n#include \"" + elsewhere + "\"\n");

            ConfigFile file = new ConfigParser(directory).parse("input.conf");

            assertEquals(String.join("\n",
                    "[general] @input.conf:1",
                    "  inside = yes @inside.conf:1",
                    "[extra] @" + elsewhere + ":1",
                    "  from = elsewhere @" + elsewhere + ":2"), render(file));
        }

        @Test
        public void fileNamesInSubdirectoriesUseSlashes() throws IOException, ConfigException {
            Path directory = temporary.newFolder("etc").toPath();
            Files.createDirectories(directory.resolve("conf.d"));
            Files.writeString(directory.resolve("conf.d/a.conf"), "[a]\nx = 1\n");

            ConfigFile file = new ConfigParser(directory).parse("conf.d/a.conf");

            assertEquals("conf.d/a.conf", file.name());
            assertEquals("conf.d/a.conf:2", file.sections().get(0).entries().get(0).location());
        }

        @Test
        public void oneParserServesRepeatedParses() throws IOException, ConfigException {
            ConfigParser parser = new ConfigParser(goldenRoot().resolve("include-basic"));

            assertEquals(parser.parse("input.conf"), parser.parse("input.conf"));
        }

        @Test
        public void aFailedParseLeavesNoTraceInTheNext() throws IOException, ConfigException {
            Path directory = temporary.newFolder("etc").toPath();
            Files.writeString(directory.resolve("good.conf"), "[good]\na = 1\n");
            Files.writeString(directory.resolve("bad.conf"), "[bad]\n;-- open\n");
            ConfigParser parser = new ConfigParser(directory);
            try {
                parser.parse("bad.conf");
                fail("bad.conf has an unterminated block comment");
            } catch (ConfigException expected) {
                assertEquals("bad.conf", expected.file());
                assertEquals(2, expected.line());
            }

            assertEquals("[good] @good.conf:1\n  a = 1 @good.conf:2", render(parser.parse("good.conf")));
        }

        @Test
        public void exceptionCarriesFileLineAndReason() throws IOException {
            ConfigParser parser = new ConfigParser(goldenRoot().resolve("error-in-included-file"));
            try {
                parser.parse("input.conf");
                fail("sub/bad.conf has a line without '='");
            } catch (ConfigException e) {
                assertEquals("sub/bad.conf", e.file());
                assertEquals(2, e.line());
                assertTrue(e.reason(), e.reason().startsWith("no '=' in 'oops'"));
            }
        }
    }

    /**
     * One line per section ({@code [name] (tmpl1,tmpl2) @file:line}) and per entry ({@code   key = value
     * @file:line} or {@code   key => value @file:line}), then one {@code ! warning} line per warning.
     */
    static String render(ConfigFile file) {
        List<String> lines = new ArrayList<>();
        for (ConfigSection section : file.sections()) {
            String templates = section.templates().isEmpty() ? "" : " (" + String.join(",", section.templates()) + ")";
            lines.add("[" + section.name() + "]" + templates + " @" + section.location());
            for (ConfigEntry entry : section.entries()) {
                lines.add("  " + entry.key() + (entry.object() ? " => " : " = ") + entry.value() + " @" + entry.location());
            }
        }
        file.warnings().stream().map(warning -> "! " + warning).forEach(lines::add);
        return String.join("\n", lines);
    }

    static Path goldenRoot() {
        URL url = ConfigParserTest.class.getResource("/config-golden");
        if (url == null) {
            throw new IllegalStateException("config-golden is not on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
