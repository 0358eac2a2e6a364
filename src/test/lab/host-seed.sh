#!/bin/sh
# Builds, inside a private network namespace, the host side of the MicroShift node described in seed 004
# (OVNKubernetes Traffic Flows in MicroShift): the uplink, br-ex, the management port ovn-k8s-mp0, the
# service route through br-ex, and the nat rules the guide shows. Never touches the machine's own netns.
#
# usage: host-seed.sh NETNS        create NETNS and fill it (fails if it already exists)
#        host-seed.sh --delete NETNS
set -eu

if [ "${1:-}" = "--delete" ]; then
    ip netns delete "${2:?netns name}"
    exit 0
fi
ns="${1:?usage: host-seed.sh NETNS | --delete NETNS}"

# The lab creates the namespace first and runs Open vSwitch in it, whose br-ex and ovn-k8s-mp0 are then
# real OVS ports: create only what is not there yet, and clean up only a namespace made here.
if ! ip netns list | grep -qw "$ns"; then
    ip netns add "$ns"
    # A half-built namespace would mislead the next capture: remove it if any step fails.
    trap 'ip netns delete "$ns" 2>/dev/null' EXIT
fi
in_ns() { ip netns exec "$ns" "$@"; }

in_ns ip link set lo up
# Stand-ins for the real NIC, the OVS bridge and the OVS internal port: what matters here is the kernel's
# addresses and routes, not what carries the packets. Bridges and a tap, because this kernel (a VM without
# modules) has neither dummy nor veth; the tap has no reader, so its routes show "linkdown".
in_ns ip link add enp1s0 type bridge
in_ns ip link show br-ex >/dev/null 2>&1 || in_ns ip link add br-ex type bridge
in_ns ip link show ovn-k8s-mp0 >/dev/null 2>&1 || in_ns ip tuntap add mode tap name ovn-k8s-mp0
in_ns ip link set enp1s0 up
in_ns ip link set br-ex up
in_ns ip link set ovn-k8s-mp0 up

# On MicroShift the node IP sits on br-ex (the uplink is enslaved to it); the brief's layout puts it on
# enp1s0, and br-ex carries the masquerade subnet 169.254.169.0/29 so that the next hop .4 is on-link.
in_ns ip addr add 192.168.122.14/24 dev enp1s0
in_ns ip addr add 169.254.169.2/29 dev br-ex
in_ns ip addr add 10.42.0.2/24 dev ovn-k8s-mp0
# The API server's endpoint of seed 004 (10.44.0.0:6443): "host to hostService" step 5 forwards it to the
# loopback interface, so the host holds it there.
in_ns ip addr add 10.44.0.0/32 dev lo

in_ns ip route add default via 192.168.122.1 dev enp1s0
in_ns ip route add 10.43.0.0/16 via 169.254.169.4 dev br-ex mtu 1500

# The nat rules quoted in the guide (iptables-save -t nat | grep ...), loaded in one transaction.
in_ns iptables-restore <<'RULES'
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
:OVN-KUBE-NODEPORT - [0:0]
:OVN-KUBE-SNAT-MGMTPORT - [0:0]
-A PREROUTING -j OVN-KUBE-NODEPORT
-A OUTPUT -j OVN-KUBE-NODEPORT
-A POSTROUTING -s 10.42.0.0/24 -j MASQUERADE
-A POSTROUTING -o ovn-k8s-mp0 -j OVN-KUBE-SNAT-MGMTPORT
-A OVN-KUBE-NODEPORT -p tcp -m addrtype --dst-type LOCAL -m tcp --dport 30700 -j DNAT --to-destination 10.43.19.182:7000
-A OVN-KUBE-SNAT-MGMTPORT -o ovn-k8s-mp0 -m comment --comment "OVN SNAT to Management Port" -j SNAT --to-source 10.42.0.2
COMMIT
RULES
trap - EXIT
