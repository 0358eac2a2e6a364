package io.ovnscope.views.files;

import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.snapshot.SnapshotSource;
import io.ovnscope.views.background.Background;
import io.ovnscope.views.background.OneLine;
import io.ovnscope.views.background.WorkStatus;
import io.ovnscope.views.connect.ProfileHistory;
import io.ovnscope.views.ports.RememberedValues;
import io.ovnscope.views.ports.SnapshotDocuments;
import io.ovnscope.views.snapshot.ShownSnapshot;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Open snapshot…, Save snapshot… and the demo at start-up: asks for the file, reads or writes it in the
 * background with the status bar showing it, and says in a dialog, in one line, what went wrong.
 */
public final class SnapshotFiles {
    static final String LAST_FOLDER = "snapshots.lastFolder";
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotFiles.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final SnapshotDocuments documents;
    private final ProfileHistory profiles;
    private final RememberedValues remembered;
    private final FilePicker picker;
    private final Background background;
    private final WorkStatus status;
    private final Consumer<ShownSnapshot> show;

    public SnapshotFiles(SnapshotDocuments documents, ProfileHistory profiles, RememberedValues remembered,
                         FilePicker picker, Background background, WorkStatus status, Consumer<ShownSnapshot> show) {
        this.documents = documents;
        this.profiles = profiles;
        this.remembered = remembered;
        this.picker = picker;
        this.background = background;
        this.status = status;
        this.show = show;
    }

    public void open(Window owner) {
        picker.toOpen(owner, lastFolder()).ifPresent(file -> {
            rememberFolder(file);
            run("Opening " + file.getFileName() + "…", () -> withProfile(documents.open(file)),
                    shown -> status.done(null), "Could not open " + file.getFileName(), owner);
        });
    }

    public void save(Window owner, Snapshot snapshot) {
        picker.toSave(owner, lastFolder(), suggestedName(snapshot)).ifPresent(file -> {
            rememberFolder(file);
            run("Saving " + file.getFileName() + "…", () -> {
                documents.save(snapshot, file);
                return file;
            }, saved -> status.done("Saved " + saved), "Could not save " + file.getFileName(), owner);
        });
    }

    /** The start-up demo; if it cannot be read the window stays empty and the status bar says why. */
    public void openDemo() {
        Task<ShownSnapshot> task = task(() -> new ShownSnapshot(documents.demo(), Optional.empty()));
        task.setOnSucceeded(e -> {
            show.accept(task.getValue());
            status.done(null);
        });
        task.setOnFailed(e -> {
            logFailure("the demo snapshot could not be opened", task.getException());
            status.done("The demo snapshot could not be opened (" + OneLine.of(task.getException())
                    + ") — connect to a node or open a snapshot");
        });
        status.working("Opening the demo snapshot…");
        background.start(task);
    }

    private ShownSnapshot withProfile(Snapshot snapshot) {
        Optional<ConnectionProfile> profile = snapshot.source().origin()
                == SnapshotSource.Origin.SSH ? profiles.forAddress(snapshot.source().address()) : Optional.empty();
        return new ShownSnapshot(snapshot, profile);
    }

    private <T> void run(String working, Callable<T> work, Consumer<T> after, String failure, Window owner) {
        Task<T> task = task(work);
        task.setOnSucceeded(e -> {
            T value = task.getValue();
            if (value instanceof ShownSnapshot shown) {
                show.accept(shown);
            }
            after.accept(value);
        });
        task.setOnFailed(e -> {
            logFailure(failure, task.getException());
            status.done(failure);
            Alert alert = new Alert(Alert.AlertType.ERROR, OneLine.of(task.getException()), ButtonType.OK);
            alert.initOwner(owner);
            alert.setTitle(failure);
            alert.setHeaderText(failure);
            alert.getDialogPane().setId("file-error");
            alert.show();
        });
        status.working(working);
        background.start(task);
    }

    /** An unreadable file is the user's business (one line); anything else is a bug worth its stack trace. */
    private static void logFailure(String what, Throwable failure) {
        if (failure instanceof IOException) {
            LOG.warn("{}: {}", what, OneLine.of(failure));
        } else {
            LOG.warn("{}", what, failure);
        }
    }

    private static <T> Task<T> task(Callable<T> work) {
        return new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
    }

    private Optional<Path> lastFolder() {
        try {
            return remembered.get(LAST_FOLDER).map(Path::of);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private void rememberFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            remembered.put(LAST_FOLDER, folder.toString());
        }
    }

    static String suggestedName(Snapshot snapshot) {
        String node = snapshot.source().node().replaceAll("[^A-Za-z0-9._-]", "_");
        return node + "-" + STAMP.format(snapshot.source().takenAt()) + ".json.gz";
    }
}
