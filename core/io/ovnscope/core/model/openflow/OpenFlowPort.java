package io.ovnscope.core.model.openflow;

import java.util.List;

/**
 * One port of {@code ovs-ofctl show BR}.
 *
 * @param port   number, or LOCAL for the bridge's own port
 * @param name   the name (ovs-ofctl cuts it to 15 characters)
 * @param mac    addr:, lower case as printed
 * @param config config: words (PORT_DOWN...), empty for "0"
 * @param state  state: words (LINK_DOWN, LIVE...), empty for "0"
 * @param current current: words, empty when not printed
 * @param speed  the speed line as printed, or null
 */
public record OpenFlowPort(PortRef port, String name, String mac, List<String> config, List<String> state,
                           List<String> current, String speed) {
    public OpenFlowPort {
        config = List.copyOf(config);
        state = List.copyOf(state);
        current = List.copyOf(current);
    }

    public boolean down() {
        return config.contains("PORT_DOWN") || state.contains("LINK_DOWN");
    }
}
