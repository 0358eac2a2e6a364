#!/bin/sh
# Builds the OVN northbound topology of seed 004 (MicroShift traffic-flow guide) with ovn-nbctl only.
# Usage: OVN_NB_DB=unix:/path/nb.sock sh ovn-nb-seed.sh
# Names, addresses, load balancers, routes, the 1004 policy and the GR options follow the seed. What the
# seed does not show is marked "not in the seed" and follows what ovn-kubernetes creates.
set -eu
: "${OVN_NB_DB:?set OVN_NB_DB to the northbound database, e.g. unix:/tmp/lab/nb.sock}"
export OVN_NB_DB
nb() { ovn-nbctl --may-exist "$@"; }
NODE=microshift-dev
GR=GR_$NODE

# Switches.
nb ls-add ext_$NODE
nb ls-add join
nb ls-add $NODE
# not in the seed: ovn-kubernetes records the node subnet and the management IP on the node switch.
ovn-nbctl set logical_switch $NODE other_config:subnet=10.42.0.0/24 other_config:exclude_ips=10.42.0.2

# Routers.
nb lr-add $GR
nb lr-add ovn_cluster_router
ovn-nbctl set logical_router $GR options:always_learn_from_arp_request=false \
    options:chassis=275588ee-e349-4824-9d80-106bd275228f options:dynamic_neigh_routers=true \
    options:lb_force_snat_ip=router_ip options:snat-ct-zone=0

# Router ports (seed: topology notes, "ovn-nbctl show | grep ... -B2", the pod's arp table).
nb lrp-add $GR rtoe-$GR 52:54:00:e2:ed:d0 192.168.122.14/24
nb lrp-add $GR rtoj-$GR 0a:58:64:40:00:02 100.64.0.2/16
nb lrp-add ovn_cluster_router rtoj-ovn_cluster_router 0a:58:64:40:00:01 100.64.0.1/16
nb lrp-add ovn_cluster_router rtos-$NODE 0a:58:0a:2a:00:01 10.42.0.1/24

# Switch ports that peer the router ports (ovn-kubernetes names: etor-, jtor-, stor-).
nb lsp-add ext_$NODE etor-$GR
ovn-nbctl lsp-set-type etor-$GR router -- lsp-set-addresses etor-$GR router \
    -- lsp-set-options etor-$GR router-port=rtoe-$GR
# not in the seed: the localnet port that ties the external switch to br-ex.
nb lsp-add ext_$NODE br-ex_$NODE
ovn-nbctl lsp-set-type br-ex_$NODE localnet -- lsp-set-addresses br-ex_$NODE unknown \
    -- lsp-set-options br-ex_$NODE network_name=physnet
nb lsp-add join jtor-$GR
ovn-nbctl lsp-set-type jtor-$GR router -- lsp-set-addresses jtor-$GR router \
    -- lsp-set-options jtor-$GR router-port=rtoj-$GR
nb lsp-add join jtor-ovn_cluster_router
ovn-nbctl lsp-set-type jtor-ovn_cluster_router router -- lsp-set-addresses jtor-ovn_cluster_router router \
    -- lsp-set-options jtor-ovn_cluster_router router-port=rtoj-ovn_cluster_router
nb lsp-add $NODE stor-$NODE
ovn-nbctl lsp-set-type stor-$NODE router -- lsp-set-addresses stor-$NODE router \
    -- lsp-set-options stor-$NODE router-port=rtos-$NODE

# Management port and pods (seed: ifconfig ovn-k8s-mp0, oc get pods, the pod's arp table).
nb lsp-add $NODE k8s-$NODE
ovn-nbctl lsp-set-addresses k8s-$NODE "76:3a:81:5a:05:d7 10.42.0.2"
nb lsp-add $NODE default_pod-1
ovn-nbctl lsp-set-addresses default_pod-1 "0a:58:0a:2a:00:0c 10.42.0.12" \
    -- set logical_switch_port default_pod-1 external_ids:namespace=default external_ids:pod=true
nb lsp-add $NODE default_pod-2
ovn-nbctl lsp-set-addresses default_pod-2 "0a:58:0a:2a:00:0d 10.42.0.13" \
    -- set logical_switch_port default_pod-2 external_ids:namespace=default external_ids:pod=true
# not in the seed: the DNS pod's MAC follows ovn-kubernetes' 0a:58 + IP rule.
nb lsp-add $NODE openshift-dns_dns-default-pt2vr
ovn-nbctl lsp-set-addresses openshift-dns_dns-default-pt2vr "0a:58:0a:2a:00:07 10.42.0.7" \
    -- set logical_switch_port openshift-dns_dns-default-pt2vr external_ids:namespace=openshift-dns external_ids:pod=true

# Load balancers (seed: "ovn-nbctl list load_balancer ..." blocks). The seed's UUIDs cannot be chosen
# with ovn-nbctl; names, vips, options and external_ids are the seed's.
lb() { # name protocol owner options... -- vip=backends...
    name=$1 proto=$2 owner=$3; shift 3
    uuid=$(ovn-nbctl create load_balancer name="\"$name\"" protocol=$proto \
        external_ids:\"k8s.ovn.org/kind\"=Service external_ids:\"k8s.ovn.org/owner\"=\"$owner\" "$@")
    echo "$uuid"
}
DNS_UDP=$(lb "Service_openshift-dns/dns-default_UDP_node_router+switch_$NODE" udp openshift-dns/dns-default \
    options:event=false options:reject=true options:skip_snat=false \
    vips:\"10.43.0.10:53\"=\"10.42.0.7:5353\")
DNS_TCP=$(lb "Service_openshift-dns/dns-default_TCP_node_router+switch_$NODE" tcp openshift-dns/dns-default \
    options:event=false options:reject=true options:skip_snat=false \
    vips:\"10.43.0.10:53\"=\"10.42.0.7:5353\" vips:\"10.43.0.10:9154\"=\"10.42.0.7:9154\")
API_SWITCH=$(lb "Service_default/kubernetes_TCP_node_switch_$NODE" tcp default/kubernetes \
    options:event=false options:reject=true options:skip_snat=false \
    vips:\"10.43.0.1:443\"=\"10.44.0.0:6443\")
API_ROUTER=$(lb "Service_default/kubernetes_TCP_node_router+switch_$NODE" tcp default/kubernetes \
    options:event=false options:hairpin_snat_ip="\"169.254.169.5 fd69::5\"" options:neighbor_responder=none \
    options:reject=true options:skip_snat=false \
    vips:\"10.43.0.1:443\"=\"10.44.0.0:6443\")
NODEPORT=$(lb "Service_default/svc-nodeport_TCP_node_router+switch_$NODE" tcp default/svc-nodeport \
    options:event=false options:reject=true options:skip_snat=false \
    vips:\"192.168.122.14:30700\"=\"10.42.0.13:8080\")
# "router+switch" load balancers sit on both the node switch and the gateway router; the seed's lists show
# the DNS ones on both and the API one for the switch only on the switch, the other on the router.
# svc-nodeport's cluster IP (seed 004: 10.43.19.182:7000, endpoint 10.42.0.13:8080). The seed's listings are
# grepped for the node port; "external to nodePortService" DNATs to this cluster IP and says the rest is as
# "host to clusterService", where the gateway router's load balancer takes it.
NODEPORT_CLUSTER=$(lb "Service_default/svc-nodeport_TCP_cluster" tcp default/svc-nodeport \
    options:event=false options:reject=true options:skip_snat=false \
    vips:\"10.43.19.182:7000\"=\"10.42.0.13:8080\")
for uuid in $DNS_UDP $DNS_TCP $API_SWITCH $NODEPORT $NODEPORT_CLUSTER; do ovn-nbctl ls-lb-add $NODE "$uuid"; done
for uuid in $DNS_UDP $DNS_TCP $API_ROUTER $NODEPORT $NODEPORT_CLUSTER; do ovn-nbctl lr-lb-add $GR "$uuid"; done

# Static routes (seed: lr-route-list GR_microshift-dev and ovn_cluster_router).
nb lr-route-add $GR 169.254.169.0/29 169.254.169.4 rtoe-$GR
nb lr-route-add $GR 10.42.0.0/16 100.64.0.1
nb lr-route-add $GR 0.0.0.0/0 192.168.122.1 rtoe-$GR
nb --policy=src-ip lr-route-add ovn_cluster_router 10.42.0.0/24 10.42.0.2

# The 1004 policy (seed: lr-policy-list ovn_cluster_router).
ovn-nbctl lr-policy-add ovn_cluster_router 1004 "inport == \"rtos-$NODE\" && ip4.dst == 192.168.122.14" reroute 10.42.0.2

# not in the seed: the gateway router's SNAT of the cluster network to the node IP.
nb lr-nat-add $GR snat 192.168.122.14 10.42.0.0/16

# not in the seed: an address set of the default namespace's pods, as ovn-kubernetes keeps them.
ovn-nbctl create address_set name=a4548040316634674295 addresses='"10.42.0.12","10.42.0.13"' \
    external_ids:\"k8s.ovn.org/name\"=default external_ids:\"k8s.ovn.org/owner-type\"=Namespace >/dev/null
