package org.strowger.manager.internal.action;

import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.manager.ManagerAction;
import org.strowger.api.manager.ManagerRequest;
import org.strowger.api.manager.ManagerResponse;
import org.strowger.api.manager.ManagerSession;
import org.strowger.api.module.ModuleRegistry;
import org.strowger.api.module.ReloadResult;
import org.strowger.api.module.UnloadMode;

/**
 * {@code ModuleLoad} (manager_moduleload): {@code LoadType} load, unload (soft: refused while the
 * module is in use), refresh (unload then load) or reload; a reload with no Module reloads all.
 */
@Component(property = {ManagerAction.ACTION + "=ModuleLoad", ManagerAction.PRIVILEGE + "=system"})
public final class ModuleLoadAction implements ManagerAction {

    private final ModuleRegistry modules;

    @Activate
    public ModuleLoadAction(@Reference ModuleRegistry modules) {
        this.modules = modules;
    }

    @Override
    public ManagerResponse handle(ManagerRequest request, ManagerSession session) {
        String module = request.get("Module");
        String loadType = request.get("LoadType").toLowerCase(Locale.ROOT);
        if (loadType.isEmpty()) {
            return ManagerResponse.error("Incomplete ModuleLoad action.");
        }
        if (module.isEmpty() && !loadType.equals("reload")) {
            return ManagerResponse.error("Need module name");
        }
        switch (loadType) {
            case "load":
                return modules.load(module).success() ? ManagerResponse.success("Module loaded.")
                        : ManagerResponse.error("Could not load module.");
            case "unload":
                return modules.unload(module, UnloadMode.SOFT).success() ? ManagerResponse.success("Module unloaded.")
                        : ManagerResponse.error("Could not unload module.");
            case "refresh":
                return modules.unload(module, UnloadMode.SOFT).success() && modules.load(module).success()
                        ? ManagerResponse.success("Module unloaded and loaded.")
                        : ManagerResponse.error("Could not refresh module.");
            case "reload":
                if (module.isEmpty()) {
                    modules.reloadAll();
                    return ManagerResponse.success("All modules reloaded");
                }
                return reloadReply(modules.reload(module));
            default:
                return ManagerResponse.error("Incomplete ModuleLoad action.");
        }
    }

    private static ManagerResponse reloadReply(ReloadResult result) {
        return switch (result.status()) {
            case NOT_FOUND -> ManagerResponse.error("No such module.");
            case NOT_IMPLEMENTED -> ManagerResponse.error("Module does not support reload action.");
            case ERROR -> ManagerResponse.error("An unknown error occurred");
            case IN_PROGRESS -> ManagerResponse.error("A reload is in progress");
            case UNINITIALIZED -> ManagerResponse.error("Module not initialized");
            case QUEUED, SUCCESS -> ManagerResponse.success("Module reloaded.");
        };
    }

    @Override
    public String synopsis() {
        return "Module management.";
    }
}
