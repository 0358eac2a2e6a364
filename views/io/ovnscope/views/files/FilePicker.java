package io.ovnscope.views.files;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the user for a snapshot file to open or to save to; empty when the user cancels. */
public interface FilePicker {
    Optional<Path> toOpen(Window owner, Optional<Path> startIn);

    Optional<Path> toSave(Window owner, Optional<Path> startIn, String suggestedName);
}
