package io.ovnscope.core.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ToolPrefixesTest {
    @Test
    void theWaysIntoANodeThatPeopleUseAreAccepted() {
        ToolPrefixes seed = new ToolPrefixes("sudo -n", "sudo -n",
                "oc -n openshift-ovn-kubernetes exec ovnkube-master-jlg4f -c northd --", "oc");
        assertThat(seed.northbound()).endsWith("-c northd --");
        assertThat(new ToolPrefixes("", "crictl exec 3f2a", "sudo kubectl --namespace=ovn exec -i pod-x --",
                "sudo -n kubectl --kubeconfig=/var/lib/microshift/resources/kubeadmin/kubeconfig").ovs())
                .isEqualTo("crictl exec 3f2a");
        assertThat(new ToolPrefixes("sudo", "ip netns exec lab", "", "").root()).isEqualTo("sudo");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rm -rf /", "sudo rm -rf", "sudo -n sh -c", "oc exec pod -- sh -c", "bash -c",
        "sudo -n; reboot", "oc -n x exec pod -- ovs-ofctl del-flows br-int", "$(reboot)", "true &&"})
    void anythingThatCouldRunMoreThanTheToolIsRefused(String prefix) {
        assertThatThrownBy(() -> new ToolPrefixes("", prefix, "", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only reads a node");
    }

    @Test
    void theKubernetesClientIsOnlyOcOrKubectl() {
        assertThatThrownBy(() -> new ToolPrefixes("", "", "", "kubectl delete"))
                .hasMessageContaining("kubernetes prefix");
    }
}
