#!/bin/sh
# Captures what ovn-nbctl prints for the seed topology (see ovn-nb-seed.sh) into a fixture folder.
# Usage: OVN_NB_DB=unix:/path/nb.sock sh capture-ovn-nb.sh OUT_DIR
# Each file is named after its command; SOURCES-ovn.md lists the exact commands.
set -eu
: "${OVN_NB_DB:?set OVN_NB_DB}"
export OVN_NB_DB
out=${1:?output folder}
mkdir -p "$out"
cap() { # file command...
    file=$1; shift
    "$@" > "$out/$file"
}
for table in Logical_Switch Logical_Switch_Port Logical_Router Logical_Router_Port Load_Balancer \
        Logical_Router_Static_Route Logical_Router_Policy NAT Address_Set; do
    cap "nbctl-json-list-$table.json" ovn-nbctl --format=json list "$table"
    cap "nbctl-list-$table.txt" ovn-nbctl list "$table"
done
cap nbctl-show.txt ovn-nbctl show
cap nbctl-ls-list.txt ovn-nbctl ls-list
cap nbctl-lr-list.txt ovn-nbctl lr-list
cap nbctl-ls-lb-list-microshift-dev.txt ovn-nbctl ls-lb-list microshift-dev
cap nbctl-lr-lb-list-GR_microshift-dev.txt ovn-nbctl lr-lb-list GR_microshift-dev
cap nbctl-lr-route-list.txt ovn-nbctl lr-route-list GR_microshift-dev
cap nbctl-lr-route-list-ovn_cluster_router.txt ovn-nbctl lr-route-list ovn_cluster_router
cap nbctl-lr-policy-list-ovn_cluster_router.txt ovn-nbctl lr-policy-list ovn_cluster_router
cap nbctl-lr-nat-list-GR_microshift-dev.txt ovn-nbctl lr-nat-list GR_microshift-dev
cap nbctl-list-load_balancer.txt ovn-nbctl list load_balancer
cap nbctl-get-logical_router-GR_microshift-dev-options.txt ovn-nbctl get logical_router GR_microshift-dev options
