package io.ovnscope.views.flows;

import io.ovnscope.core.browse.FlowListing;

/** What the cells read their rows from: the listing now shown, and the bridge's busiest counter. */
interface FlowRowSource {
    FlowListing listing();

    long maxPackets();
}
