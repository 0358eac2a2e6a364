package io.ovnscope.views.trace;

import io.ovnscope.core.topology.Emphasis;
import io.ovnscope.core.topology.Layout;
import io.ovnscope.core.topology.SvgDocument;
import io.ovnscope.core.trace.TraceTable;
import io.ovnscope.views.background.Background;
import io.ovnscope.views.background.OneLine;
import io.ovnscope.views.background.WorkStatus;
import io.ovnscope.views.files.FilePicker;
import io.ovnscope.views.ports.TraceDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import javafx.concurrent.Task;
import javafx.stage.Window;

/**
 * Export of the shown trace: Markdown (the seed's table, as {@code TraceTable.markdown}), JSON (the CLI's
 * document, through the port) and SVG (the topology with the path drawn and the stop highlighted). The text is
 * made on the JavaFX thread from immutable data and written in the background.
 */
final class TraceExport {
    private final FilePicker picker;
    private final TraceDocuments documents;
    private final Background background;
    private final WorkStatus status;

    TraceExport(FilePicker picker, TraceDocuments documents, Background background, WorkStatus status) {
        this.picker = picker;
        this.documents = documents;
        this.background = background;
        this.status = status;
    }

    static String markdown(TraceRun run, boolean back) {
        return TraceTable.markdown(run.trace(back));
    }

    String json(TraceRun run) {
        return documents.json(run.request(), run.reply());
    }

    static Optional<String> svg(TraceRun run, boolean back, Optional<Layout> layout) {
        return layout.flatMap(l -> run.path(back).map(path -> SvgDocument.write(l,
                new Emphasis(path.stop().map(Set::of).orElse(Set.of()), path.ids()))));
    }

    void save(Window owner, String name, String content) {
        Optional<Path> file = picker.toSave(owner, Optional.empty(), name);
        file.ifPresent(target -> {
            Task<Path> task = new Task<>() {
                @Override
                protected Path call() throws IOException {
                    Path part = target.resolveSibling(target.getFileName() + ".part");
                    try {
                        Files.writeString(part, content, StandardCharsets.UTF_8);
                        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } finally {
                        Files.deleteIfExists(part);
                    }
                    return target;
                }
            };
            task.setOnSucceeded(e -> status.done("Exported " + task.getValue()));
            task.setOnFailed(e -> status.done("Could not export " + target.getFileName() + ": "
                    + OneLine.of(task.getException())));
            status.working("Exporting " + target.getFileName() + "…");
            background.start(task);
        });
    }
}
