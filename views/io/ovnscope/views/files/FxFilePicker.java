package io.ovnscope.views.files;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's file dialogs: snapshot files ({@code .json}, {@code .json.gz}), or the picture format exported. */
public final class FxFilePicker implements FilePicker {
    @Override
    public Optional<Path> toOpen(Window owner, Optional<Path> startIn) {
        FileChooser chooser = chooser("Open snapshot", startIn);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    /** Saves a snapshot, or exports a picture when the suggested name ends in .svg or .png. */
    @Override
    public Optional<Path> toSave(Window owner, Optional<Path> startIn, String suggestedName) {
        FileChooser chooser = suggestedName.endsWith(".svg") ? picture("Export SVG", "SVG images (*.svg)", "*.svg",
                startIn) : suggestedName.endsWith(".png") ? picture("Export PNG", "PNG images (*.png)", "*.png",
                startIn) : chooser("Save snapshot", startIn);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private static FileChooser picture(String title, String description, String pattern, Optional<Path> startIn) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(description, pattern),
                new FileChooser.ExtensionFilter("All files", "*"));
        startIn.filter(Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return chooser;
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
