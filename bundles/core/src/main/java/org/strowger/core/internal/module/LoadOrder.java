package org.strowger.core.internal.module;

import java.util.Comparator;

/**
 * Asterisk's boot order ({@code module_vector_cmp}): preloads first, then by load priority, then by
 * name so that the order is stable.
 */
final class LoadOrder {

    private LoadOrder() {
    }

    static Comparator<ModuleDescriptor> of(ModulesConf conf) {
        return Comparator.comparing((ModuleDescriptor d) -> !conf.isPreload(d.name()))
                .thenComparingInt(ModuleDescriptor::priority)
                .thenComparing(d -> ModuleNames.key(d.name()));
    }
}
