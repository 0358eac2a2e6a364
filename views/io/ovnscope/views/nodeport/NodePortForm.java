package io.ovnscope.views.nodeport;

import io.ovnscope.core.nodeport.FieldError;
import io.ovnscope.core.nodeport.NodePortInput;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The NodePort parameters as fields, the seed's values filled in; every change is read again, and what is wrong
 * is said under the fields, named as the command line names it.
 */
final class NodePortForm {
    private final NodePortInput seed = NodePortInput.seed();
    private final TextField nodeIp = field("nodeport-node-ip", seed.nodeIp());
    private final TextField nodePorts = field("nodeport-node-ports", String.join(", ", seed.nodePorts()));
    private final TextField vip = field("nodeport-vip", seed.vip());
    private final TextField gatewayIp = field("nodeport-gw-ip", seed.gatewayIp());
    private final TextField gatewayPort = field("nodeport-gw-port", seed.gatewayPort());
    private final TextField cookie = field("nodeport-cookie", seed.cookie());
    private final TextField dnatZone = field("nodeport-dnat-zone", seed.dnatZone());
    private final TextField snatZone = field("nodeport-snat-zone", seed.snatZone());
    private final TextField tables = field("nodeport-tables", "");
    private final CheckBox testFlows = new CheckBox("Include the seed's test flows (cookie " + seed.testCookie() + ")");
    private final Label errors = new Label();
    private final ReadOnlyObjectWrapper<NodePortInput.Result> result = new ReadOnlyObjectWrapper<>();
    private final GridPane grid = new GridPane();

    NodePortForm() {
        gatewayIp.setPromptText("required: the address of the gateway (antrea-gw0)");
        tables.setPromptText("optional: DnatTable=18, SnatTable=21 …");
        testFlows.setId("nodeport-test-flows");
        errors.setId("nodeport-errors");
        errors.setWrapText(true);
        errors.getStyleClass().add("field-error");
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        row = add(row, "Node IP", nodeIp);
        row = add(row, "NodePorts", nodePorts);
        row = add(row, "VIP", vip);
        row = add(row, "Gateway IP", gatewayIp);
        row = add(row, "Gateway OpenFlow port", gatewayPort);
        row = add(row, "Cookie", cookie);
        row = add(row, "DNAT zone", dnatZone);
        row = add(row, "SNAT zone", snatZone);
        row = add(row, "Tables", tables);
        grid.add(testFlows, 1, row++);
        grid.add(errors, 0, row, 2, 1);
        for (TextField field : List.of(nodeIp, nodePorts, vip, gatewayIp, gatewayPort, cookie, dnatZone, snatZone,
                tables)) {
            field.textProperty().addListener((seen, before, now) -> check());
        }
        testFlows.selectedProperty().addListener((seen, before, now) -> check());
        check();
    }

    GridPane view() {
        return grid;
    }

    /** The last reading of the fields: the parameters, or everything wrong with them. */
    ReadOnlyObjectProperty<NodePortInput.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    void disable(boolean disabled) {
        grid.setDisable(disabled);
    }

    private void check() {
        NodePortInput.Result read = input().read();
        result.set(read);
        List<FieldError> wrong = read.errors();
        errors.setText(wrong.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("\n")));
        errors.setVisible(!wrong.isEmpty());
        errors.setManaged(!wrong.isEmpty());
    }

    private NodePortInput input() {
        List<String> ports = Arrays.stream(nodePorts.getText().split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        return new NodePortInput(nodeIp.getText(), ports, vip.getText(), gatewayIp.getText(), gatewayPort.getText(),
                cookie.getText(), seed.testCookie(), dnatZone.getText(), snatZone.getText(), seed.conntrackZone(),
                tableNumbers(), testFlows.isSelected());
    }

    /** {@code Name=N} pairs separated by commas or spaces; a pair without '=' is kept so that it is reported. */
    private Map<String, String> tableNumbers() {
        Map<String, String> numbers = new LinkedHashMap<>();
        for (String pair : tables.getText().split("[,\\s]+")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            numbers.put(equals < 0 ? pair : pair.substring(0, equals), equals < 0 ? "" : pair.substring(equals + 1));
        }
        return numbers;
    }

    private int add(int row, String label, TextField field) {
        Label name = new Label(label);
        name.getStyleClass().add("field-label");
        name.setLabelFor(field);
        grid.add(name, 0, row);
        grid.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return row + 1;
    }

    private static TextField field(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        return field;
    }
}
