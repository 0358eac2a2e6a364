package io.ovnscope.collectors.parse.openflow;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads an OVSDB map as ovs-vsctl prints it: {@code {df_default="true", in_key=flow, remote_ip="10.0.0.1"}}. */
final class OvsdbMap {
    private OvsdbMap() {
    }

    /** The entries in printed order, values unquoted; text that is not a map gives an empty map. */
    static Map<String, String> parse(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        String body = text.strip();
        if (!body.startsWith("{") || !body.endsWith("}")) {
            return map;
        }
        body = body.substring(1, body.length() - 1);
        int at = 0;
        while (at < body.length()) {
            int comma = Chars.nextComma(body, at, body.length());
            if (comma < 0) {
                comma = body.length();
            }
            String entry = body.substring(at, comma).strip();
            int equals = entry.indexOf('=');
            if (equals > 0) {
                map.put(VsctlShowParser.unquote(entry.substring(0, equals)),
                        VsctlShowParser.unquote(entry.substring(equals + 1)));
            }
            at = comma + 1;
        }
        return map;
    }
}
