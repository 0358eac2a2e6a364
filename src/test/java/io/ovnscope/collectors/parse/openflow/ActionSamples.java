package io.ovnscope.collectors.parse.openflow;

import java.util.List;

/** One written form of every action the model knows, as ovs-ofctl(8) and ovs-actions(7) spell them. */
public final class ActionSamples {
    private ActionSamples() {
    }

    public static List<String> modelled() {
        return List.of(
            "output:3", "output:NXM_NX_REG15[0..15]", "output(port=2,max_len=128)", "NORMAL", "IN_PORT", "LOCAL",
            "FLOOD", "ALL", "resubmit(,8)", "resubmit(3,8)", "resubmit(,8,ct)", "resubmit(4,)",
            "ct(commit,force,table=8,zone=5,nat(dst=10.0.0.1-10.0.0.9:80),exec(set_field:0x1->ct_mark))",
            "ct(table=8,zone=NXM_NX_REG13[0..15],nat)", "ct(commit,exec())", "load:0x1->NXM_NX_REG0[3]",
            "move:NXM_OF_ETH_SRC[]->NXM_OF_ETH_DST[]", "set_field:0x1/0x1->reg10", "set_field:fa:16:3e:00:00:01->eth_src",
            "learn(table=69,delete_learned,cookie=0x1,OXM_OF_METADATA[],NXM_OF_ETH_TYPE[],NXM_NX_REG15[0..15]=0x3,"
            + "load:0x1->NXM_NX_REG10[7],output:NXM_NX_REG14[])",
            "conjunction(1234,2/3)", "controller(userdata=00.00.00.0c.00.00.00.00,pause,meter_id=1)",
            "controller(reason=no_match,max_len=65535)", "controller", "group:7", "drop", "note:00.11.22", "ct_clear",
            "dec_ttl", "dec_ttl(1,2)", "mod_dl_src:fa:16:3e:00:00:01", "mod_nw_dst:10.0.0.1", "mod_tp_dst:80",
            "mod_vlan_vid:5", "push_vlan:0x8100", "pop_vlan", "strip_vlan", "meter:2",
            "clone(set_field:0x1->reg0,resubmit(,9))", "check_pkt_larger(1514)->NXM_NX_REG0[6]",
            "sample(probability=65535,collector_set_id=1,obs_domain_id=2,obs_point_id=3)",
            "multipath(eth_src,50,modulo_n,1,0,NXM_NX_REG0[])", "bundle(eth_src,0,hrw,ofport,members:4,8)",
            "bundle_load(eth_src,0,hrw,ofport,NXM_NX_REG0[],members:4,8)", "goto_table:5",
            "write_metadata:0x1/0xff", "push:NXM_NX_REG0[]", "pop:NXM_NX_REG1[0..15]", "set_tunnel:0x3e9",
            "set_tunnel64:0x3e9", "set_queue:3", "pop_queue", "enqueue:3:7", "exit");
    }
}
