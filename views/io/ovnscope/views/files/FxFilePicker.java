package io.ovnscope.views.files;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's file dialogs, offering snapshot files ({@code .json}, {@code .json.gz}) first. */
public final class FxFilePicker implements FilePicker {
    @Override
    public Optional<Path> toOpen(Window owner, Optional<Path> startIn) {
        FileChooser chooser = chooser("Open snapshot", startIn);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> toSave(Window owner, Optional<Path> startIn, String suggestedName) {
        FileChooser chooser = chooser("Save snapshot", startIn);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title, Optional<Path> startIn) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Snapshots (*.json, *.json.gz)", "*.json", "*.json.gz"),
                new FileChooser.ExtensionFilter("Compressed snapshots (*.json.gz)", "*.json.gz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        startIn.filter(Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return chooser;
    }
}
