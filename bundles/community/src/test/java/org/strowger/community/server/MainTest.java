package org.strowger.community.server;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The stand-alone entry point's argument handling (the running server is covered by the server tests). */
public class MainTest {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void helpAndUnknownCommands() {
        assertEquals(0, run("help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--config community.conf"));
        assertEquals(2, run("dance"));
        assertTrue(err(), err().startsWith("unknown command 'dance'"));
    }

    @Test
    public void badOptionsAreNamed() {
        assertEquals(2, run("--colour", "blue"));
        assertTrue(err(), err().startsWith("unknown or incomplete option '--colour'"));
        assertEquals(2, run("server", "--config"));
        assertTrue(err(), err().contains("'--config'"));
    }

    @Test
    public void brokenConfigurationStopsTheStartWithFileAndLine() throws Exception {
        Path conf = folder.getRoot().toPath().resolve("community.conf");
        Files.writeString(conf, "[general]\nport = many\n");
        assertEquals(1, run("--config", conf.toString(), "--store", folder.getRoot().toPath().resolve("x.db").toString()));
        assertTrue(err(), err().contains("community.conf:2"));
        assertTrue(err(), !err().contains("\tat "));
    }

    @Test
    public void missingConfigurationIsNamed() {
        assertEquals(1, run("--config", folder.getRoot().toPath().resolve("nope.conf").toString()));
        assertTrue(err(), err().contains("nope.conf"));
    }
}
