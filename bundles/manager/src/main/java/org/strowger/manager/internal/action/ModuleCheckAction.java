package org.strowger.manager.internal.action;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerSession;
import org.strowger.api.module.ModuleInfo;
import org.strowger.api.module.ModuleRegistry;

/**
 * {@code ModuleCheck} (manager_modulecheck): whether a module runs; the name is cut at its first
 * dot and {@code .so} added, so {@code chan_skype}, {@code chan_skype.so} and {@code chan_skype.c}
 * are alike. Success carries an empty {@code Version}, as Asterisk's has been since file versions
 * went away.
 */
@Component(property = {ManagerAction.ACTION + "=ModuleCheck", ManagerAction.PRIVILEGE + "=system"})
public final class ModuleCheckAction implements ManagerAction {

    private final ModuleRegistry modules;

    @Activate
    public ModuleCheckAction(@Reference ModuleRegistry modules) {
        this.modules = modules;
    }

    @Override
    public ManagerResponse handle(ManagerRequest request, ManagerSession session) {
        String module = request.get("Module");
        if (module.isEmpty()) {
            return ManagerResponse.error("Module not specified");
        }
        int dot = module.indexOf('.');
        String fileName = (dot >= 0 ? module.substring(0, dot) : module) + ".so";
        if (!modules.find(fileName).map(ModuleInfo::running).orElse(false)) {
            return ManagerResponse.error("Module not loaded");
        }
        return ManagerResponse.success().with("Version", "");
    }

    @Override
    public String synopsis() {
        return "Check if module is loaded.";
    }
}
