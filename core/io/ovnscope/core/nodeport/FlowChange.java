package io.ovnscope.core.nodeport;

import java.util.List;

/** What one NodePort command does to a bridge's flow table, before it is turned into ovs-ofctl text. */
public sealed interface FlowChange {
    /** Add these flows, all or none. */
    record AddFlows(List<PlannedFlow> flows) implements FlowChange {
        public AddFlows {
            flows = List.copyOf(flows);
        }
    }

    /** Delete exactly these flows (same table, priority, match and cookie), all or none. */
    record DeleteFlows(List<PlannedFlow> flows) implements FlowChange {
        public DeleteFlows {
            flows = List.copyOf(flows);
        }
    }

    /** Delete every flow that carries one of these cookies (under the full mask), all or none. */
    record DeleteByCookie(List<Long> cookies) implements FlowChange {
        public DeleteByCookie {
            cookies = List.copyOf(cookies);
        }
    }
}
