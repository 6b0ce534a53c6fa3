package org.strowger.core.internal.state;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of {@code exten => 100,hint,PJSIP/100&Custom:lamp,CustomPresence:100} split as Asterisk
 * splits it. pbx_config.c takes an application and its data: with a {@code (} (and no {@code ${} or
 * {@code $[}), what stands before it is the hint and what stands inside the parentheses its name
 * ({@code HINT(100,n)}). extension_state.c then cuts the hint at its first {@code ,}: devices
 * joined by {@code &} before it, presence providers after it.
 *
 * @param application the hint as {@code core show hints} prints it
 * @param name the part in parentheses, empty if none
 * @param devices the device names, empty ones left out
 * @param presentity the presence part after the first comma, empty if none
 */
public record HintText(String application, String name, List<String> devices, String presentity) {

    public HintText {
        devices = List.copyOf(devices);
    }

    public static HintText parse(String text) {
        String application = text == null ? "" : text;
        String name = "";
        int open = application.indexOf('(');
        if (open >= 0 && !application.contains("${") && !application.contains("$[")) {
            String data = application.substring(open + 1);
            int close = data.lastIndexOf(')');
            name = close >= 0 ? data.substring(0, close) : data;
            application = application.substring(0, open);
        }
        application = application.stripLeading();
        String devicePart = application;
        String presentity = "";
        int comma = application.indexOf(',');
        if (comma >= 0) {
            devicePart = application.substring(0, comma);
            presentity = application.substring(comma + 1);
        }
        List<String> devices = new ArrayList<>();
        for (String device : devicePart.split("&", -1)) {
            if (!device.isEmpty()) {
                devices.add(device);
            }
        }
        return new HintText(application, name, devices, presentity);
    }
}
