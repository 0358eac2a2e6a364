package io.ovnscope.views;

import io.ovnscope.core.collect.CollectionListener;
import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.collect.ProfileStore;
import io.ovnscope.core.collect.SnapshotCollector;
import io.ovnscope.core.node.CancelToken;
import io.ovnscope.core.node.NodeConnectException;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.views.files.FilePicker;
import io.ovnscope.views.layout.WindowLayout;
import io.ovnscope.views.layout.WindowLayoutStore;
import io.ovnscope.views.ports.RememberedValues;
import io.ovnscope.views.ports.SnapshotDocuments;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Window;

/** Stand-ins for what the app hands the window, each recording what the window asked of it. */
final class WindowDoubles {
    final Documents documents = new Documents();
    final Collector collector = new Collector();
    final Profiles profiles = new Profiles();
    final Remembered remembered = new Remembered();
    final Picker picker = new Picker();
    final NodePortDouble nodePorts = new NodePortDouble();

    WindowPorts ports() {
        return new WindowPorts(documents, collector, profiles, remembered,
                (request, reply) -> "{\"trace\":" + request.steps().size() + "}", picker, nodePorts);
    }

    static WindowLayoutStore layouts() {
        return new WindowLayoutStore() {
            @Override
            public WindowLayout load() {
                return new WindowLayout(20, 20, 1200, 760, false, List.of(0.27, 0.70, 0.65));
            }

            @Override
            public void save(WindowLayout layout) {
            }
        };
    }

    /** Snapshot files: what open and demo return (or throw), and what was saved where. */
    static final class Documents implements SnapshotDocuments {
        final Map<Path, Snapshot> files = new HashMap<>();
        final List<Path> saved = new CopyOnWriteArrayList<>();
        final AtomicReference<Snapshot> demo = new AtomicReference<>();

        @Override
        public Snapshot open(Path file) throws IOException {
            Snapshot snapshot = files.get(file);
            if (snapshot == null) {
                throw new IOException(file.getFileName() + " is not an ovnscope snapshot (no formatVersion)");
            }
            return snapshot;
        }

        @Override
        public void save(Snapshot snapshot, Path file) {
            saved.add(file);
        }

        @Override
        public Snapshot demo() throws IOException {
            Snapshot snapshot = demo.get();
            if (snapshot == null) {
                throw new IOException("no demo in this test");
            }
            return snapshot;
        }
    }

    /** What one collection does, run on the collector's thread. */
    @FunctionalInterface
    interface Script {
        Snapshot run(SnapshotCollector.CollectRequest request, CollectionListener listener, CancelToken cancel)
                throws NodeConnectException;
    }

    /** A collector that plays a script and remembers the requests and the thread that ran them. */
    static final class Collector implements SnapshotCollector {
        final AtomicReference<Script> script = new AtomicReference<>();
        final List<CollectRequest> requests = new CopyOnWriteArrayList<>();
        final List<String> passwords = new CopyOnWriteArrayList<>();
        final AtomicReference<Thread> thread = new AtomicReference<>();
        final AtomicReference<CancelToken> token = new AtomicReference<>();

        @Override
        public Snapshot collect(CollectRequest request, CollectionListener listener, CancelToken cancel)
                throws NodeConnectException {
            requests.add(request);
            passwords.add(new String(request.password()));
            thread.set(Thread.currentThread());
            token.set(cancel);
            return script.get().run(request, listener, cancel);
        }
    }

    static final class Profiles implements ProfileStore {
        final List<ConnectionProfile> stored = new CopyOnWriteArrayList<>();

        @Override
        public List<ConnectionProfile> load() {
            return List.copyOf(stored);
        }

        @Override
        public void save(List<ConnectionProfile> profiles) {
            stored.clear();
            stored.addAll(profiles);
        }
    }

    static final class Remembered implements RememberedValues {
        final Map<String, String> values = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(values.get(key));
        }

        @Override
        public void put(String key, String value) {
            values.put(key, value);
        }
    }

    /** Answers file dialogs with the next path queued, and remembers the folder each dialog started in. */
    static final class Picker implements FilePicker {
        final List<Path> answers = new ArrayList<>();
        final List<Optional<Path>> startedIn = new ArrayList<>();
        final List<String> suggested = new ArrayList<>();

        @Override
        public Optional<Path> toOpen(Window owner, Optional<Path> startIn) {
            startedIn.add(startIn);
            return answers.isEmpty() ? Optional.empty() : Optional.of(answers.remove(0));
        }

        @Override
        public Optional<Path> toSave(Window owner, Optional<Path> startIn, String suggestedName) {
            startedIn.add(startIn);
            suggested.add(suggestedName);
            return answers.isEmpty() ? Optional.empty() : Optional.of(answers.remove(0));
        }
    }
}
