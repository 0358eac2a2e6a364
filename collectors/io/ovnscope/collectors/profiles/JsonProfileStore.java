package io.ovnscope.collectors.profiles;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.ovnscope.core.collect.AuthChoice;
import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.collect.ProfileStore;
import io.ovnscope.core.collect.ToolPrefixes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps connection profiles in {@code profiles.json} in the user's config directory. Holds no secret: the
 * auth is only the choice (a key file's path, the agent, or "password"). A damaged file gives no profiles
 * and a warning, never a failed start; one bad entry is skipped, the others kept.
 */
public final class JsonProfileStore implements ProfileStore {
    private static final Logger LOG = LoggerFactory.getLogger(JsonProfileStore.class);

    private final Path file;
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public JsonProfileStore(Path file) {
        this.file = file;
    }

    /**
     * A profile as stored: the auth as a word and an optional key path, so no type tags are needed; the
     * prefixes as plain text, checked when the profile is built so one bad entry cannot hide the others.
     */
    record StoredProfile(String name, String host, int port, String user, String auth, String keyFile,
                         Optional<String> jump, Optional<String> knownHosts, Map<String, String> prefixes,
                         boolean readOnly) {
    }

    private record StoredProfiles(List<StoredProfile> profiles) {
    }

    @Override
    public List<ConnectionProfile> load() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            StoredProfiles stored = mapper.readValue(file.toFile(), StoredProfiles.class);
            List<ConnectionProfile> profiles = new ArrayList<>();
            for (StoredProfile p : stored.profiles() == null ? List.<StoredProfile>of() : stored.profiles()) {
                try {
                    profiles.add(toProfile(p));
                } catch (RuntimeException e) {
                    LOG.warn("skipping a damaged profile in {}: {}", file, e.getMessage());
                }
            }
            return profiles;
        } catch (IOException e) {
            LOG.warn("ignoring unreadable profiles {}: {}", file, e.getMessage());
            return List.of();
        }
    }

    @Override
    public void save(List<ConnectionProfile> profiles) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "profiles", ".tmp");
            mapper.writeValue(temporary.toFile(), new StoredProfiles(profiles.stream().map(JsonProfileStore::stored).toList()));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("could not save the connection profiles to {}: {}", file, e.getMessage());
        }
    }

    private static StoredProfile stored(ConnectionProfile p) {
        String auth;
        String keyFile = null;
        if (p.auth() instanceof AuthChoice.KeyFile key) {
            auth = "key";
            keyFile = key.path();
        } else if (p.auth() instanceof AuthChoice.Agent) {
            auth = "agent";
        } else {
            auth = "password";
        }
        return new StoredProfile(p.name(), p.host(), p.port(), p.user(), auth, keyFile, p.jump(), p.knownHosts(),
                new TreeMap<>(p.prefixes().asMap()), p.readOnly());
    }

    private static ConnectionProfile toProfile(StoredProfile p) {
        AuthChoice auth = switch (p.auth() == null ? "agent" : p.auth()) {
            case "key" -> new AuthChoice.KeyFile(p.keyFile());
            case "password" -> new AuthChoice.Password();
            default -> new AuthChoice.Agent();
        };
        Map<String, String> prefixes = p.prefixes() == null ? Map.of() : p.prefixes();
        return new ConnectionProfile(p.name(), p.host(), p.port(), p.user(), auth, p.jump(), p.knownHosts(),
                new ToolPrefixes(prefixes.get("root"), prefixes.get("ovs"), prefixes.get("northbound"),
                        prefixes.get("kubernetes")), p.readOnly());
    }
}
