package org.strowger.itests;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * A Karaf user's install into a stock Karaf 4.4: {@code feature:repo-add} and
 * {@code feature:install strowger} at run time, through the shell only (no Strowger types in the
 * probe, so that installing the API bundle cannot refresh the test itself).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RuntimeInstallIT extends StrowgerTestSupport {

    @Configuration
    public Option[] config() {
        return stockKaraf(false);
    }

    @Test
    public void repoAddAndFeatureInstallBringUpThePbx() throws Exception {
        String repository = featureRepositoryUrl();
        executeCommand("feature:repo-add " + repository);
        String repositories = executeCommand("feature:repo-list");
        assertTrue(repositories, repositories.contains("strowger-" + System.getProperty("strowger.version")));

        executeCommand("feature:install strowger");
        await("module:show to be registered", Duration.ofSeconds(30), () -> {
            try {
                return executeCommand("module:show").endsWith("modules loaded\n");
            } catch (Exception e) {
                return false;
            }
        });
        // The feature's modules (the manager interface among them) are all running.
        // the registry starts a feature's modules one after the other, in load order
        await("every module running", Duration.ofSeconds(30), () -> {
            try {
                String shown = executeCommand("module:show");
                return shown.contains("manager.so") && !shown.contains("Not Running");
            } catch (Exception e) {
                return false;
            }
        });
        String modules = executeCommand("module:show");
        assertTrue(modules, modules.startsWith("Module                         Description                              "
                + "Use Count  Status      Support Level\n"));
        assertTrue(modules, modules.contains(String.format("%-30s %-40.40s %-10d %-11s %13s%n", "manager.so",
                "Asterisk Manager Interface", 0, "Running", "core")));
        assertTrue(modules, modules.matches("(?s).*\n\\d+ modules loaded\n"));
        assertFalse(modules, modules.contains("Not Running"));
        assertTrue(executeCommand("core:show version").startsWith("Strowger " + System.getProperty("strowger.version")));

        executeCommand("feature:uninstall strowger");
        await("the core to be gone", Duration.ofSeconds(30), () -> {
            try {
                return !executeCommand("module:show").endsWith("modules loaded\n");
            } catch (Exception e) {
                return true;
            }
        });
    }
}
