package io.ovnscope.views.topology;

import io.ovnscope.views.background.Background;
import io.ovnscope.views.background.OneLine;
import io.ovnscope.views.background.WorkStatus;
import io.ovnscope.views.files.FilePicker;
import io.ovnscope.views.ports.RememberedValues;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * Export SVG… and Export PNG…: asks where, then writes what the pane shows. The SVG is the core writer's
 * output for the pane's layout and marks, so the file is exactly the picture; the PNG is the picture painted
 * off screen at 1× or 2×. Files are written in the background; a failure is one line in a dialog.
 */
public final class TopologyExport {
    static final String LAST_FOLDER = "export.lastFolder";

    private final TopologyPane pane;
    private final FilePicker picker;
    private final RememberedValues remembered;
    private final Background background;
    private final WorkStatus status;
    private final Supplier<String> nodeName;

    public TopologyExport(TopologyPane pane, FilePicker picker, RememberedValues remembered, Background background,
                          WorkStatus status, Supplier<String> nodeName) {
        this.pane = pane;
        this.picker = picker;
        this.remembered = remembered;
        this.background = background;
        this.status = status;
        this.nodeName = nodeName;
    }

    public void svg(Window owner) {
        pane.layout().ifPresent(layout -> {
            Marks marks = pane.marks();
            ask(owner, ".svg").ifPresent(file -> write(owner, file, part ->
                    Files.writeString(part, CoreTopology.svg(layout, marks), StandardCharsets.UTF_8)));
        });
    }

    public void png(Window owner, int scale) {
        if (pane.layout().isEmpty()) {
            return;
        }
        ask(owner, scale == 1 ? ".png" : "@" + scale + "x.png").ifPresent(file -> {
            WritableImage image;
            try {
                image = pane.image(scale);
            } catch (IllegalStateException tooLarge) {
                failed(owner, file, tooLarge);
                return;
            }
            BufferedImage pixels = pixels(image);
            write(owner, file, part -> {
                if (!ImageIO.write(pixels, "png", part.toFile())) {
                    throw new IOException("no PNG writer in this Java runtime");
                }
            });
        });
    }

    private Optional<Path> ask(Window owner, String ending) {
        String name = nodeName.get().replaceAll("[^A-Za-z0-9._-]", "_") + "-topology" + ending;
        Optional<Path> file = picker.toSave(owner, lastFolder(), name);
        file.map(Path::toAbsolutePath).map(Path::getParent)
                .ifPresent(folder -> remembered.put(LAST_FOLDER, folder.toString()));
        return file;
    }

    /** What writes the file's content to the path it is given. */
    @FunctionalInterface
    private interface Content {
        void writeTo(Path part) throws IOException;
    }

    /** Writes beside the file and moves it in place, so a reader never sees half a picture. */
    private void write(Window owner, Path file, Content content) {
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws IOException {
                Path part = file.resolveSibling(file.getFileName() + ".part");
                try {
                    content.writeTo(part);
                    Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(part);
                }
                return file;
            }
        };
        task.setOnSucceeded(e -> status.done("Exported " + task.getValue()));
        task.setOnFailed(e -> failed(owner, file, task.getException()));
        status.working("Exporting " + file.getFileName() + "…");
        background.start(task);
    }

    private void failed(Window owner, Path file, Throwable failure) {
        String title = "Could not export " + file.getFileName();
        status.done(title);
        Alert alert = new Alert(Alert.AlertType.ERROR, OneLine.of(failure), ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("export-error");
        alert.show();
    }

    private Optional<Path> lastFolder() {
        try {
            return remembered.get(LAST_FOLDER).map(Path::of);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The image's pixels for ImageIO (javafx.swing's converter is not on the class path). */
    private static BufferedImage pixels(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            reader.getPixels(0, y, width, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, width);
            png.setRGB(0, y, width, 1, row, 0, width);
        }
        return png;
    }
}
