package io.ovnscope.collectors.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.collect.AuthChoice;
import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.collect.ToolPrefixes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonProfileStoreTest {
    @TempDir
    Path dir;

    @Test
    void profilesComeBackAsSavedAndHoldNoSecret() throws Exception {
        Path file = dir.resolve("cfg/profiles.json");
        List<ConnectionProfile> profiles = List.of(
                new ConnectionProfile("microshift", "192.168.122.14", 22, "core", new AuthChoice.KeyFile("/k/id_ed25519"),
                        Optional.of("bastion.example:2222"), Optional.empty(),
                        new ToolPrefixes("sudo -n", "sudo -n",
                                "oc -n openshift-ovn-kubernetes exec ovnkube-master-jlg4f -c northd --", "oc"), true),
                new ConnectionProfile(null, "node2", 2200, "root", new AuthChoice.Password(), Optional.empty(),
                        Optional.of("/tmp/kh"), ToolPrefixes.DISCOVER, false));
        new JsonProfileStore(file).save(profiles);

        assertThat(new JsonProfileStore(file).load()).isEqualTo(profiles);
        assertThat(Files.readString(file)).doesNotContainIgnoringCase("passphrase").contains("\"auth\" : \"password\"");
    }

    @Test
    void aDamagedFileGivesNoProfilesInsteadOfAFailedStart() throws Exception {
        Path file = dir.resolve("profiles.json");
        Files.writeString(file, "{ not json");
        assertThat(new JsonProfileStore(file).load()).isEmpty();
    }

    @Test
    void aBadEntryIsSkippedAndTheOthersKept() throws Exception {
        Path file = dir.resolve("profiles.json");
        Files.writeString(file, """
                {"profiles": [
                  {"host": "good", "port": 22, "user": "root", "auth": "agent"},
                  {"host": "bad", "port": 0, "user": "root", "auth": "agent"},
                  {"host": "evil", "port": 22, "user": "root", "auth": "agent",
                   "prefixes": {"root": "", "ovs": "rm -rf /", "northbound": "", "kubernetes": ""}}
                ]}""");
        assertThat(new JsonProfileStore(file).load()).extracting(ConnectionProfile::host).containsExactly("good");
    }
}
