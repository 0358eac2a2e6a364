#!/usr/bin/env bash
# The ovnscope lab: one machine playing the MicroShift node of seed 004, with real daemons and no kernel
# module. Userspace Open vSwitch (br-int, br-ex), OVN northbound and southbound databases with ovn-northd
# and ovn-controller, the seed's topology, its br-ex flows, its host routes and nat rules, and an OpenSSH
# server on loopback whose sessions land in the lab. Everything lives in one run directory and one network
# namespace; the machine's own network, OVS and sshd are never touched.
#
#   lab.sh start DIR    start the lab in DIR (a short path: unix sockets live there); prints how to reach it
#   lab.sh stop DIR     stop exactly what start started, delete the namespace and DIR
#   lab.sh env DIR      print the shell exports that point ovs-*/ovn-* tools at the lab
#
# Needs root and Debian's openvswitch-switch, ovn-central, ovn-host, openssh-server, iptables, iproute2.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
NODE=microshift-dev
# The seed's gateway router is bound to this chassis (GR options: chassis=...).
CHASSIS=275588ee-e349-4824-9d80-106bd275228f

usage() { echo "usage: lab.sh start|stop|env DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
action=$1
dir=$2

exports() {
    cat <<ENV
export OVS_RUNDIR=$dir OVS_DBDIR=$dir OVS_LOGDIR=$dir OVS_SYSCONFDIR=$dir
export OVN_RUNDIR=$dir OVN_DBDIR=$dir OVN_LOGDIR=$dir
export OVN_NB_DB=unix:$dir/ovnnb_db.sock OVN_SB_DB=unix:$dir/ovnsb_db.sock
ENV
}

daemon_opts() { # NAME: the pidfile and log of one daemon, inside the lab, and quiet on the terminal
    echo "--pidfile=$dir/$1.pid --log-file=$dir/$1.log -vconsole:off --detach --no-chdir"
}

free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 20000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    echo "lab: no free port found on 127.0.0.1" >&2
    exit 1
}

start() {
    [ ! -e "$dir/lab.env" ] || { echo "lab: $dir already holds a lab; stop it first" >&2; exit 1; }
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    local ns="ovnscope-lab-$$"
    echo "NS=$ns" >"$dir/lab.env"
    eval "$(exports)"
    in_ns() { ip netns exec "$ns" "$@"; }
    ip netns add "$ns"
    in_ns ip link set lo up

    # Open vSwitch in userspace. ovs-vswitchd runs inside the namespace, so the taps it makes for the
    # bridges' LOCAL ports and internal ports appear there and nowhere else.
    ovsdb-tool create "$dir/conf.db" /usr/share/openvswitch/vswitch.ovsschema
    # shellcheck disable=SC2046
    ovsdb-server "$dir/conf.db" --remote="punix:$dir/db.sock" $(daemon_opts ovsdb-server)
    ovs-vsctl --no-wait init
    # shellcheck disable=SC2046
    in_ns ovs-vswitchd "unix:$dir/db.sock" --disable-system $(daemon_opts ovs-vswitchd)
    ovs-vsctl add-br br-int -- set bridge br-int datapath_type=netdev fail-mode=secure \
        -- add-br br-ex -- set bridge br-ex datapath_type=netdev

    # OVN: northbound and southbound databases, northd, the seed's topology, and ovn-controller.
    ovsdb-tool create "$dir/ovnnb_db.db" /usr/share/ovn/ovn-nb.ovsschema
    ovsdb-tool create "$dir/ovnsb_db.db" /usr/share/ovn/ovn-sb.ovsschema
    # shellcheck disable=SC2046
    ovsdb-server "$dir/ovnnb_db.db" --remote="punix:$dir/ovnnb_db.sock" $(daemon_opts ovsdb-nb)
    # shellcheck disable=SC2046
    ovsdb-server "$dir/ovnsb_db.db" --remote="punix:$dir/ovnsb_db.sock" $(daemon_opts ovsdb-sb)
    # shellcheck disable=SC2046
    ovn-northd --ovnnb-db="$OVN_NB_DB" --ovnsb-db="$OVN_SB_DB" $(daemon_opts ovn-northd)
    sh "$here/ovn-nb-seed.sh"
    ovs-vsctl set open_vswitch . external_ids:system-id="$CHASSIS" external_ids:hostname="$NODE" \
        external_ids:ovn-remote="$OVN_SB_DB" external_ids:ovn-encap-type=geneve \
        external_ids:ovn-encap-ip=127.0.0.1 external_ids:ovn-bridge=br-int \
        external_ids:ovn-bridge-mappings=physnet:br-ex
    # The management port and the pods, bound to their logical switch ports by iface-id.
    ovs-vsctl add-port br-int ovn-k8s-mp0 -- set interface ovn-k8s-mp0 type=internal \
        external_ids:iface-id=k8s-$NODE
    for pod in default_pod-1 default_pod-2 openshift-dns_dns-default-pt2vr; do
        local port=${pod#*_}
        ovs-vsctl add-port br-int "${port:0:15}" -- set interface "${port:0:15}" type=internal \
            external_ids:iface-id="$pod"
    done
    # shellcheck disable=SC2046
    in_ns ovn-controller "unix:$dir/db.sock" $(daemon_opts ovn-controller)

    # br-ex: the seed's port 2 is the patch port to br-int that ovn-controller makes for the localnet port.
    local patch="patch-br-ex_$NODE-to-br-int"
    ovs-vsctl --timeout=20 wait-until interface "$patch" type=patch
    ovs-vsctl set interface "$patch" ofport_request=2
    ovs-ofctl add-flows br-ex "$here/br-ex-flows.txt"

    # The host: addresses, routes and nat rules inside the namespace.
    sh "$here/host-seed.sh" "$ns"

    # IPv6 gives each device that came up a link-local address a moment later, after duplicate address
    # detection. Wait for them, so that two collections of the lab see the same node.
    for _ in $(seq 1 100); do
        if [ -z "$(in_ns ip -6 addr show tentative)" ] && in_ns ip -6 addr show dev ovn-k8s-mp0 | grep -q fe80; then
            break
        fi
        sleep 0.1
    done

    start_sshd "$ns"
    ovn-nbctl --wait=hv sync
    echo "lab: up in $dir (namespace $ns); ssh -i $dir/id_ed25519 -p $(cat "$dir/ssh.port") root@127.0.0.1 CMD"
}

start_sshd() {
    local ns=$1 port
    port=$(free_port)
    echo "$port" >"$dir/ssh.port"
    mkdir -p /run/sshd
    ssh-keygen -q -t ed25519 -N '' -C ovnscope-lab-host -f "$dir/ssh_host_ed25519_key"
    ssh-keygen -q -t ed25519 -N '' -C ovnscope-lab-user -f "$dir/id_ed25519"
    cp "$dir/id_ed25519.pub" "$dir/authorized_keys"
    # Every session runs in the lab: its namespace, with the lab's OVS and OVN sockets as the defaults.
    {
        echo '#!/bin/sh'
        exports
        # A UTS namespace of its own per session, so the node answers to its seed name, not the machine's.
        echo "exec unshare --uts /bin/sh -c 'hostname $NODE && exec ip netns exec $ns /bin/sh -c \"\$1\"' lab \"\${SSH_ORIGINAL_COMMAND:-echo ovnscope lab: give a command}\""
    } >"$dir/lab-shell"
    chmod 755 "$dir/lab-shell"
    cat >"$dir/sshd_config" <<CONF
ListenAddress 127.0.0.1
Port $port
HostKey $dir/ssh_host_ed25519_key
PidFile $dir/sshd.pid
AuthorizedKeysFile $dir/authorized_keys
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
X11Forwarding no
AllowTcpForwarding no
ForceCommand $dir/lab-shell
CONF
    /usr/sbin/sshd -f "$dir/sshd_config" -E "$dir/sshd.log"
}

alive() { # PID: running, and not a zombie waiting for this machine's slow init to reap it
    [ -r "/proc/$1/stat" ] && [ "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" != Z ]
}

stop() {
    [ -d "$dir" ] || return 0
    dir=$(cd "$dir" && pwd)
    local name pid
    for name in sshd ovn-controller ovn-northd ovsdb-nb ovsdb-sb ovs-vswitchd ovsdb-server; do
        [ -f "$dir/$name.pid" ] || continue
        pid=$(cat "$dir/$name.pid")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do alive "$pid" || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    done
    if [ -f "$dir/lab.env" ]; then
        # shellcheck disable=SC1091
        . "$dir/lab.env"
        ip netns delete "$NS" 2>/dev/null || true
    fi
    rm -rf "$dir"
}

case "$action" in
    start) start ;;
    stop) stop ;;
    env) exports ;;
    *) usage ;;
esac
