package io.ovnscope.views.connect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormChecksTest {
    @Test
    void portsOutsideOneTo65535AndWordsAreRefused() {
        assertThat(FormChecks.port("22")).isEmpty();
        assertThat(FormChecks.port("65535")).isEmpty();
        assertThat(FormChecks.port("0")).contains("The port is a number from 1 to 65535");
        assertThat(FormChecks.port("65536")).isPresent();
        assertThat(FormChecks.port("ssh")).isPresent();
    }

    @Test
    void aHostIsOneWordWithoutTheUser() {
        assertThat(FormChecks.host("192.168.122.14")).isEmpty();
        assertThat(FormChecks.host("")).contains("Give the node's host name or address");
        assertThat(FormChecks.host("core@node1")).contains("Only the host here (no spaces, no user@)");
        assertThat(FormChecks.host("node 1")).isPresent();
    }

    @Test
    void aJumpHostIsUserAtHostColonPort() {
        assertThat(FormChecks.jump("")).isEmpty();
        assertThat(FormChecks.jump("bastion")).isEmpty();
        assertThat(FormChecks.jump("admin@bastion:2222")).isEmpty();
        assertThat(FormChecks.jump("admin@bastion:99999")).isPresent();
        assertThat(FormChecks.jump("a b")).isPresent();
    }

    @Test
    void prefixesRefuseShellSyntaxAsTheProfileDoes() {
        assertThat(FormChecks.rootPrefix("sudo -n")).isEmpty();
        assertThat(FormChecks.northboundPrefix("oc -n openshift-ovn-kubernetes exec ovnkube-master-x -c northd --"))
                .isEmpty();
        assertThat(FormChecks.kubernetesPrefix("oc")).isEmpty();
        assertThat(FormChecks.ovsPrefix("sudo -n; reboot")).hasValueSatisfying(m -> assertThat(m).contains("ovs prefix"));
        assertThat(FormChecks.rootPrefix("$(id)")).isPresent();
        // Only a way to become root belongs in the root slot, not a way into a container.
        assertThat(FormChecks.rootPrefix("oc -n x exec pod --")).isPresent();
    }
}
