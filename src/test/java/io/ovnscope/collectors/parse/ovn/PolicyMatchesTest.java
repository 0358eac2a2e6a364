package io.ovnscope.collectors.parse.ovn;

import static io.ovnscope.testing.ClasspathFixtures.realdata;
import static io.ovnscope.testing.ClasspathFixtures.seed;
import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.ovn.RouterPolicy;
import io.ovnscope.core.model.ovn.match.AddressSetLookup;
import io.ovnscope.core.model.ovn.match.FieldValue;
import io.ovnscope.core.model.ovn.match.MatchExpression;
import io.ovnscope.core.model.ovn.match.MatchOutcome;
import io.ovnscope.core.model.ovn.match.OvnMatch;
import io.ovnscope.core.model.ovn.match.PacketView;
import io.ovnscope.core.model.ovn.match.ParsedMatch;
import io.ovnscope.core.model.ovn.match.Truth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real policy matches from the fixtures, parsed and evaluated against packets. */
class PolicyMatchesTest {
    private static List<RouterPolicy> policies(String text) {
        return new PolicyListParser().parse(text).items();
    }

    private static MatchExpression expression(RouterPolicy policy) {
        ParsedMatch parsed = OvnMatch.parse(policy.match());
        assertThat(parsed).as(policy.match()).isInstanceOf(ParsedMatch.Valid.class);
        return ((ParsedMatch.Valid) parsed).expression();
    }

    private static PacketView ipv4(String inport, String src, String dst) {
        Map<String, FieldValue> fields = new HashMap<>();
        fields.put("inport", new FieldValue.Text(inport));
        fields.put("ip4", new FieldValue.Flag(true));
        fields.put("ip4.src", new FieldValue.Address(IpAddress.parse(src).orElseThrow()));
        fields.put("ip4.dst", new FieldValue.Address(IpAddress.parse(dst).orElseThrow()));
        return name -> fields.getOrDefault(name, FieldValue.ABSENT);
    }

    private static PacketView ipv6(String inport, String src, String dst) {
        Map<String, FieldValue> fields = new HashMap<>();
        fields.put("inport", new FieldValue.Text(inport));
        fields.put("ip6", new FieldValue.Flag(true));
        fields.put("ip6.src", new FieldValue.Address(IpAddress.parse(src).orElseThrow()));
        fields.put("ip6.dst", new FieldValue.Address(IpAddress.parse(dst).orElseThrow()));
        return name -> fields.getOrDefault(name, FieldValue.ABSENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"24-ko-nbctl-lr-policy-list-reroute-session--kube-ovn.txt",
            "30-ovn-nbctl-lr-policy-list-lr-route-list--ovn-kubernetes-udn-EDITED.txt",
            "33-ovn-nbctl-lr-policy-list--ovn-kubernetes-egress-service.txt"})
    void everyRealPolicyMatchParses(String file) {
        List<RouterPolicy> policies = policies(realdata(file));
        assertThat(policies).isNotEmpty();
        assertThat(policies).allSatisfy(p -> assertThat(OvnMatch.parse(p.match())).isInstanceOf(ParsedMatch.Valid.class));
    }

    @Test
    void seedPolicySendsPodTrafficForTheNodeIpToTheManagementPort() {
        MatchExpression match = expression(policies(seed("004-nbctl-lr-policy-list-ovn_cluster_router.txt")).get(0));
        assertThat(match.evaluate(ipv4("rtos-microshift-dev", "10.42.0.12", "192.168.122.14"), AddressSetLookup.NONE)
                .truth()).isEqualTo(Truth.TRUE);
        assertThat(match.evaluate(ipv4("rtos-microshift-dev", "10.42.0.12", "8.8.8.8"), AddressSetLookup.NONE)
                .truth()).isEqualTo(Truth.FALSE);
        assertThat(match.evaluate(ipv4("rtoj-ovn_cluster_router", "100.64.0.2", "192.168.122.14"),
                AddressSetLookup.NONE).truth()).isEqualTo(Truth.FALSE);
        MatchOutcome unknownPort = match.evaluate(name -> name.equals("inport") ? FieldValue.UNKNOWN
                : ipv4("x", "10.42.0.12", "192.168.122.14").field(name), AddressSetLookup.NONE);
        assertThat(unknownPort.truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(unknownPort.unknowns()).containsExactly("the packet does not say inport");
    }

    @Test
    void egressServiceMatchesWithCommentsSelectTheirFamilyOnly() {
        List<RouterPolicy> policies = policies(realdata("33-ovn-nbctl-lr-policy-list--ovn-kubernetes-egress-service.txt"));
        MatchExpression v4 = expression(policies.get(0));
        MatchExpression v6 = expression(policies.get(1));
        PacketView toNodeV6 = ipv6("rtos-ovn-control-plane", "fd00:10:244:3::5", "fc00:f853:ccd:e793::3");
        assertThat(v6.evaluate(toNodeV6, AddressSetLookup.NONE).truth()).isEqualTo(Truth.TRUE);
        assertThat(v4.evaluate(toNodeV6, AddressSetLookup.NONE).truth()).isEqualTo(Truth.FALSE);
        MatchExpression allowV6 = expression(policies.get(15));
        assertThat(allowV6.evaluate(ipv6("rtos-ovn-worker", "fd00:10:244:1::7", "fd98::1"), AddressSetLookup.NONE)
                .truth()).isEqualTo(Truth.TRUE);
        assertThat(allowV6.evaluate(ipv6("rtos-ovn-worker", "fd00:10:245:1::7", "fd98::1"), AddressSetLookup.NONE)
                .truth()).isEqualTo(Truth.FALSE);
    }

    @Test
    void kubeOvnAddressSetPoliciesNeedTheSet() {
        List<RouterPolicy> policies = policies(realdata("24-ko-nbctl-lr-policy-list-reroute-session--kube-ovn.txt"));
        MatchExpression subnet = expression(policies.get(5));
        assertThat(subnet.evaluate(ipv4("x", "10.16.5.5", "1.1.1.1"), AddressSetLookup.NONE).truth())
                .isEqualTo(Truth.TRUE);
        MatchExpression worker = expression(policies.get(8));
        AddressSetLookup sets = (sigil, name) -> name.equals("ovn.default.kube.ovn.worker_ip4")
                ? Optional.of(List.of("10.16.0.12")) : Optional.empty();
        assertThat(worker.evaluate(ipv4("x", "10.16.0.12", "1.1.1.1"), sets).truth()).isEqualTo(Truth.TRUE);
        assertThat(worker.evaluate(ipv4("x", "10.16.0.13", "1.1.1.1"), sets).truth()).isEqualTo(Truth.FALSE);
        MatchOutcome missing = worker.evaluate(ipv4("x", "10.16.0.12", "1.1.1.1"), AddressSetLookup.NONE);
        assertThat(missing.truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(missing.unknowns()).containsExactly("the set $ovn.default.kube.ovn.worker_ip4 is not in the snapshot");
    }

    @Test
    void udnPolicyMatchesTheirOwnInportOnly() {
        List<RouterPolicy> policies = policies(realdata(
                "30-ovn-nbctl-lr-policy-list-lr-route-list--ovn-kubernetes-udn-EDITED.txt"));
        MatchExpression green = expression(policies.get(0));
        assertThat(green.evaluate(ipv4("rtos-green_green.network_ovn-worker", "10.0.0.1", "103.103.7.7"),
                AddressSetLookup.NONE).truth()).isEqualTo(Truth.TRUE);
        assertThat(green.evaluate(ipv4("rtos-blue_blue.network_ovn-worker", "10.0.0.1", "103.103.7.7"),
                AddressSetLookup.NONE).truth()).isEqualTo(Truth.FALSE);
    }

    @Test
    void aDamagedRealMatchGivesAMessage() {
        String real = policies(realdata("33-ovn-nbctl-lr-policy-list--ovn-kubernetes-egress-service.txt")).get(0).match();
        ParsedMatch cut = OvnMatch.parse(real.substring(0, real.indexOf("*/")));
        assertThat(cut).isInstanceOf(ParsedMatch.Invalid.class);
        assertThat(((ParsedMatch.Invalid) cut).message()).contains("a comment '/*' is never closed");
    }
}
