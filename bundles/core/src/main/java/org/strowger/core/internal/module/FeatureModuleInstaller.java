package org.strowger.core.internal.module;

import java.util.EnumSet;
import java.util.Optional;

import org.apache.felix.utils.manifest.Clause;
import org.apache.felix.utils.manifest.Parser;
import org.apache.karaf.features.Capability;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the Karaf feature that provides a module by its capability
 * {@code strowger.module;strowger.module=<name>.so} and installs it.
 */
@Component(service = ModuleInstaller.class)
public final class FeatureModuleInstaller implements ModuleInstaller {

    static final String NAMESPACE = "strowger.module";

    private static final Logger LOG = LoggerFactory.getLogger(FeatureModuleInstaller.class);

    private final FeaturesService features;

    @Activate
    public FeatureModuleInstaller(@Reference FeaturesService features) {
        this.features = features;
    }

    @Override
    public boolean install(String moduleName) throws Exception {
        Optional<Feature> provider = findProvider(moduleName);
        if (provider.isEmpty()) {
            return false;
        }
        Feature feature = provider.get();
        LOG.info("Installing feature {}/{} for module {}", feature.getName(), feature.getVersion(), moduleName);
        // No automatic refresh: a refresh of the API bundle would restart every module.
        features.installFeature(feature.getName(), feature.getVersion(),
                EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        return true;
    }

    private Optional<Feature> findProvider(String moduleName) throws Exception {
        for (Feature feature : features.listFeatures()) {
            for (Capability capability : feature.getCapabilities()) {
                if (providesModule(capability.getValue(), moduleName)) {
                    return Optional.of(feature);
                }
            }
        }
        return Optional.empty();
    }

    static boolean providesModule(String capabilityText, String moduleName) {
        for (Clause clause : Parser.parseHeader(capabilityText)) {
            String provided = clause.getAttribute(NAMESPACE);
            if (NAMESPACE.equals(clause.getName()) && provided != null && ModuleNames.same(provided, moduleName)) {
                return true;
            }
        }
        return false;
    }
}
