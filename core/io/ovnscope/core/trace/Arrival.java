package io.ovnscope.core.trace;

import io.ovnscope.core.model.ovn.LogicalRouter;
import io.ovnscope.core.model.ovn.LogicalRouterPort;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;

/** Where the packet arrives next, and by which port: what the engine hands to the next stage. */
sealed interface Arrival {
    record AtSwitch(LogicalSwitch logicalSwitch, LogicalSwitchPort inport) implements Arrival {
    }

    record AtRouter(LogicalRouter router, LogicalRouterPort inport) implements Arrival {
    }

    /** Received by the host's network stack from a device (the management port, a bridge, the uplink). */
    record AtHost(String device, boolean fromManagementPort) implements Arrival {
    }

    /** Sent by the host itself (a host-network process). */
    record FromHost() implements Arrival {
    }

    record AtBridge(String bridge, long inPort) implements Arrival {
    }

    /** Delivered or stopped: the trace log says which. */
    record Done() implements Arrival {
    }
}
