package io.ovnscope.collectors.parse.host;

import io.ovnscope.testing.ClasspathFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.ovnscope.core.model.host.AddressFamily;
import io.ovnscope.core.model.host.InterfaceAddress;
import io.ovnscope.core.model.host.NetInterface;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class IpAddressParsersTest {
    private final IpAddressTextParser text = new IpAddressTextParser();
    private final IpAddressJsonParser json = new IpAddressJsonParser();

    private static NetInterface named(Parsed<NetInterface> parsed, String name) {
        return parsed.items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void neutronDetailedAddressesReadEveryInterfaceWithKindAndEnslavement() {
        Parsed<NetInterface> parsed = text.parse(ClasspathFixtures.read("realdata/09-ip-d-address--neutron-node.txt"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.items()).hasSize(24);
        assertThat(parsed.items()).flatExtracting(NetInterface::addresses).hasSize(13);
        assertThat(parsed.items()).filteredOn(i -> i.slaveKind().isPresent()).hasSize(11);

        NetInterface veth = named(parsed, "veth1883dceb");
        assertThat(veth.index()).isEqualTo(17);
        assertThat(veth.peer()).contains("if16");
        assertThat(veth.master()).contains("br-ens3");
        assertThat(veth.kind()).contains("veth");
        assertThat(veth.slaveKind()).contains("bridge_slave");
        assertThat(veth.mac()).contains("4e:68:29:1e:ed:52");

        NetInterface bridge = named(parsed, "br-ens3");
        assertThat(bridge.kind()).contains("bridge");
        assertThat(bridge.addresses()).extracting(InterfaceAddress::cidr, a -> a.label().orElse(""))
                .containsExactly(tuple("10.0.0.128/24", "br-ens3"), tuple("fe80::98a5:d0ff:fe3f:6793/64", ""));
        assertThat(bridge.addresses().get(0).broadcast()).contains("10.0.0.255");
        assertThat(bridge.addresses().get(0).scope()).contains("global");

        NetInterface vxlan = named(parsed, "vxlan_sys_4789");
        assertThat(vxlan.mtu()).isEqualTo(OptionalInt.of(65000));
        assertThat(vxlan.kind()).contains("vxlan");
        assertThat(vxlan.slaveKind()).contains("openvswitch_slave");
        assertThat(vxlan.master()).contains("ovs-system");

        NetInterface lxd = named(parsed, "lxdbr0");
        assertThat(lxd.flags()).containsExactly("NO-CARRIER", "BROADCAST", "MULTICAST", "UP");
        assertThat(lxd.state()).contains("DOWN");
        assertThat(named(parsed, "lo").addresses().get(0).validLifetime()).contains("forever");
        assertThat(named(parsed, "lo").linkType()).contains("loopback");
    }

    @Test
    void cloudInitPrettyJsonHasTwoInterfacesAndAnonymisedAddresses() {
        Parsed<NetInterface> parsed = json.parse(ClasspathFixtures.read("realdata/42-ip-j-p-addr-show--cloud-init-fixture.json"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.items()).extracting(NetInterface::line, NetInterface::index, NetInterface::name)
                .containsExactly(tuple(2, 1, "lo"), tuple(38, 23, "enp0s25"));
        NetInterface nic = parsed.items().get(1);
        assertThat(nic.peer()).contains("if24");
        assertThat(nic.mac()).contains("50:7b:9d:2c:af:91");
        assertThat(nic.state()).contains("UP");
        assertThat(nic.addresses()).extracting(InterfaceAddress::family, InterfaceAddress::cidr).containsExactly(
                tuple(AddressFamily.IPV4, "192.168.2.18/24"),
                tuple(AddressFamily.IPV6, "fe80::7777:2222:1111:eeee/64"),
                tuple(AddressFamily.IPV6, "fe80::8107:2b92:867e:f8a6/64"));
        InterfaceAddress v4 = nic.addresses().get(0);
        assertThat(v4.flags()).containsExactly("dynamic");
        assertThat(v4.label()).contains("enp0s25");
        assertThat(v4.validLifetime()).contains("2339sec");
        assertThat(nic.addresses().get(1).flags()).containsExactly("dynamic", "mngtmpaddr", "noprefixroute");
        assertThat(nic.addresses().get(2).validLifetime()).contains("forever");
    }

    @Test
    void capturedTextJsonAndDetailedFormsAgree() {
        Parsed<NetInterface> plain = text.parse(ClasspathFixtures.read("captured/host/ip-addr.txt"));
        Parsed<NetInterface> detailed = text.parse(ClasspathFixtures.read("captured/host/ip-d-address.txt"));
        Parsed<NetInterface> compact = json.parse(ClasspathFixtures.read("captured/host/ip-j-addr.json"));

        for (Parsed<NetInterface> parsed : List.of(plain, detailed, compact)) {
            assertThat(parsed.problems()).isEmpty();
            assertThat(parsed.items()).extracting(NetInterface::name)
                    .containsExactly("lo", "enp1s0", "br-ex", "ovn-k8s-mp0");
            NetInterface mgmt = named(parsed, "ovn-k8s-mp0");
            assertThat(mgmt.index()).isEqualTo(4);
            assertThat(mgmt.flags()).startsWith("NO-CARRIER");
            assertThat(mgmt.state()).contains("DOWN");
            assertThat(mgmt.addresses()).extracting(InterfaceAddress::cidr).containsExactly("10.42.0.2/24");
            assertThat(named(parsed, "enp1s0").addresses()).extracting(InterfaceAddress::cidr)
                    .containsExactly("192.168.122.14/24", "fe80::a0f7:4cff:fef8:7f07/64");
            assertThat(named(parsed, "br-ex").addresses().get(0).cidr()).isEqualTo("169.254.169.2/29");
            assertThat(named(parsed, "enp1s0").mac()).contains("a2:f7:4c:f8:7f:07");
        }
        assertThat(compact.items()).allMatch(i -> i.line() == 1);
        assertThat(detailed.items()).extracting(i -> i.kind().orElse(""))
                .containsExactly("", "bridge", "bridge", "tun");
        assertThat(plain.items()).allMatch(i -> i.kind().isEmpty());
    }

    @Test
    void brokenJsonKeepsWhatCameBeforeAndSaysWhere() {
        String cut = "$ ip -j addr\n[{\"ifindex\":1,\"ifname\":\"lo\",\"flags\":[],\"addr_info\":[]},\n"
                + "{\"ifindex\":2,\"ifname\":\"eth0\", \"addr_info\": [{\"family\":\"inet\",\"local\":\"10.0.0.1\"";
        Parsed<NetInterface> parsed = json.parse(cut);

        assertThat(parsed.items()).extracting(NetInterface::name).containsExactly("lo");
        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(1, 3);
        assertThat(parsed.problems().get(1).reason()).contains("line 3");

        Parsed<NetInterface> shape = json.parse("[{\"name\":\"x\"}, 5]");
        assertThat(shape.items()).isEmpty();
        assertThat(shape.problems()).hasSize(2).allMatch(p -> p.reason().contains("not an interface"));
    }

    @Test
    void strayTextLinesAreReported() {
        Parsed<NetInterface> parsed = text.parse(
                "    inet 1.2.3.4/8\n2: eth0@NONE: <UP> mtu 1500\n    inet 10.0.0.1/33 scope global eth0\nnope\n"
                        + "    inet 10.0.0.2/24 brd 10.0.0.255 scope global secondary eth0:1\n");

        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(1, 3, 4);
        NetInterface eth0 = parsed.items().get(0);
        assertThat(eth0.peer()).contains("NONE");
        assertThat(eth0.addresses()).hasSize(1);
        assertThat(eth0.addresses().get(0).flags()).containsExactly("secondary");
        assertThat(eth0.addresses().get(0).label()).contains("eth0:1");
    }
}
