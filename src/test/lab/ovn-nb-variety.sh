#!/bin/sh
# Adds to a northbound database what the seed 004 topology lacks but real clusters print: ECMP and BFD
# routes, IPv6 routes, a second route table, drop/allow policies with options, floating-IP NAT, IPv6 and
# port-less load balancer VIPs. ovn-nbctl only; names are made up for this lab, not taken from the seed.
# Usage: OVN_NB_DB=unix:/path/nb.sock sh ovn-nb-variety.sh
set -eu
: "${OVN_NB_DB:?set OVN_NB_DB}"
export OVN_NB_DB
ovn-nbctl ls-add lab-switch
ovn-nbctl lsp-add lab-switch lab-vm1 -- lsp-set-addresses lab-vm1 "0a:00:00:00:00:05 10.0.0.5 fd00::5"
ovn-nbctl lsp-add lab-switch lab-vm2 -- lsp-set-addresses lab-vm2 dynamic
ovn-nbctl lr-add lab-router
ovn-nbctl lrp-add lab-router lab-public 0a:00:00:00:00:01 172.24.4.1/24 2001:db8::1/64
ovn-nbctl lrp-add lab-router lab-inside 0a:00:00:00:00:02 10.0.0.1/24 fd00::1/64
ovn-nbctl --ecmp-symmetric-reply lr-route-add lab-router 192.168.0.0/24 172.24.4.108
ovn-nbctl --ecmp-symmetric-reply lr-route-add lab-router 192.168.0.0/24 172.24.4.109
ovn-nbctl lr-route-add lab-router ::/0 2001:db8::fe lab-public
ovn-nbctl --route-table=rtb-1 lr-route-add lab-router 10.99.0.0/16 10.0.0.99
ovn-nbctl lr-route-add lab-router 10.66.0.0/16 discard
bfd=$(ovn-nbctl create bfd logical_port=lab-public dst_ip=172.24.4.110)
ovn-nbctl lr-route-add lab-router 192.168.1.0/24 172.24.4.110
ovn-nbctl set logical_router_static_route \
    "$(ovn-nbctl --bare --columns=_uuid find logical_router_static_route nexthop=172.24.4.110)" bfd="$bfd"
ovn-nbctl lr-policy-add lab-router 2000 "ip4.src == 10.0.0.0/24 && tcp.dst == 22 /* no ssh */" drop
ovn-nbctl lr-policy-add lab-router 1500 "ip6.dst == fd00::/64" allow pkt_mark=100
ovn-nbctl lr-policy-add lab-router 1000 "ip4.src == {10.0.0.5, 10.0.0.6} || ip4.dst == 10.0.0.0/8" reroute 10.0.0.7,10.0.0.8
ovn-nbctl lr-nat-add lab-router dnat_and_snat 172.24.4.10 10.0.0.5 lab-vm1 0a:00:00:00:00:10
ovn-nbctl lr-nat-add lab-router dnat 172.24.4.11 10.0.0.6
ovn-nbctl lr-nat-add lab-router snat 2001:db8::10 fd00::/64
ovn-nbctl lb-add lab-lb-v6 "[fd00::a]:80" "[fd00::5]:8080,[fd00::6]:8080" tcp
ovn-nbctl lb-add lab-lb-noport 10.0.0.100 10.0.0.5,10.0.0.6
ovn-nbctl lb-add lab-a-very-long-load-balancer-name 172.24.4.200:443 10.0.0.5:8443 udp
ovn-nbctl lr-lb-add lab-router lab-lb-v6
ovn-nbctl lr-lb-add lab-router lab-lb-noport
ovn-nbctl lr-lb-add lab-router lab-a-very-long-load-balancer-name
