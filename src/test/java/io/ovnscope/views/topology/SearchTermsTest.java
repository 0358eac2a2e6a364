package io.ovnscope.views.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.topology.PodElement;
import io.ovnscope.core.topology.RouterPortElement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchTermsTest {
    @Test
    void aPodIsFoundByItsNameItsPortNameAndItsAddresses() {
        PodElement pod = new PodElement("switch-port:default_pod-1", "default/pod-1", "microshift-dev",
                List.of("0a:58:0a:2a:00:0c", "10.42.0.12"), List.of(), Optional.empty());
        assertThat(DrawingFactory.terms(pod)).containsExactly("default/pod-1", "default_pod-1", "0a:58:0a:2a:00:0c",
                "10.42.0.12");
    }

    @Test
    void aNetworkIsFoundWithOrWithoutItsPrefixLength() {
        RouterPortElement port = new RouterPortElement("router-port:rtoj-GR_microshift-dev",
                "rtoj-GR_microshift-dev", "microshift-dev", List.of("0a:58:64:40:00:02 100.64.0.2/16"), List.of(),
                Optional.empty());
        assertThat(DrawingFactory.terms(port)).containsExactly("rtoj-gr_microshift-dev", "0a:58:64:40:00:02",
                "100.64.0.2/16", "100.64.0.2");
    }
}
