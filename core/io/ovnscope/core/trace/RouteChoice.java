package io.ovnscope.core.trace;

import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.ovn.LogicalRouterPort;

/** A router's forwarding decision: the port the packet leaves by, the next hop, and why. */
record RouteChoice(LogicalRouterPort outport, IpAddress nexthop, String comment, Evidence evidence) {
}
