package io.ovnscope.core.model.openflow;

/** The OpenFlow flow-mod flags ovs-ofctl prints and accepts, with their ovs-ofctl spelling. */
public enum FlowFlag {
    SEND_FLOW_REM("send_flow_rem"),
    RESET_COUNTS("reset_counts"),
    NO_PACKET_COUNTS("no_packet_counts"),
    NO_BYTE_COUNTS("no_byte_counts"),
    CHECK_OVERLAP("check_overlap");

    private static final FlowFlag[] ALL = values();

    private final String text;

    FlowFlag(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** The flag written this way, or null. */
    public static FlowFlag of(String text) {
        for (FlowFlag flag : ALL) {
            if (flag.text.equals(text)) {
                return flag;
            }
        }
        return null;
    }
}
