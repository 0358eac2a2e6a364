package io.ovnscope.views;

import io.ovnscope.views.snapshot.DetailsPane;
import io.ovnscope.views.topology.DrawnBox;
import io.ovnscope.views.topology.ElementRows;
import io.ovnscope.views.topology.TopologyPane;
import java.util.Optional;

/**
 * Keeps the navigator, the topology and the details pane on one selection: what is selected in one is
 * selected in the other and shown in the details. Each side's own change comes back as an event from the
 * other; the guard stops that echo.
 */
final class SelectionSync {
    private NavigatorPane navigator;
    private TopologyPane topology;
    private final DetailsPane details;
    private boolean echoing;

    SelectionSync(DetailsPane details) {
        this.details = details;
    }

    void join(NavigatorPane tree, TopologyPane picture) {
        this.navigator = tree;
        this.topology = picture;
    }

    void fromNavigator(Optional<Object> subject) {
        if (echoing) {
            return;
        }
        echoing = true;
        try {
            Optional<DrawnBox> box = subject.flatMap(topology::selectSubject);
            if (subject.isEmpty()) {
                topology.clearSelection();
            }
            if (box.isPresent()) {
                details.showRows(ElementRows.of(box.get()));
            } else {
                details.show(subject);
            }
        } finally {
            echoing = false;
        }
    }

    void fromTopology(Optional<DrawnBox> box) {
        if (echoing) {
            return;
        }
        echoing = true;
        try {
            box.ifPresent(b -> details.showRows(ElementRows.of(b)));
            box.flatMap(DrawnBox::subject).ifPresentOrElse(navigator::select, navigator::clearSelection);
        } finally {
            echoing = false;
        }
    }
}
