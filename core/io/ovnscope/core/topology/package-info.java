/**
 * The topology picture of a snapshot, in three steps the window and the export share.
 *
 * <ol>
 *   <li>{@link io.ovnscope.core.topology.TopologyBuilder#build(io.ovnscope.core.snapshot.Snapshot, FoldState)}
 *       makes a {@link io.ovnscope.core.topology.Topology}: a JGraphT graph of
 *       {@link io.ovnscope.core.topology.TopologyElement}s (a sealed type: routers, switches, their ports,
 *       pods, pod groups, the management port, load balancers, bridges, the uplink, the host, the external
 *       network) joined by {@link io.ovnscope.core.topology.Link}s, and the nodes' lanes. Each element has a
 *       stable id ({@link io.ovnscope.core.topology.ElementIds}), its node, addresses, details rows and a
 *       {@link io.ovnscope.core.topology.SourceRef} naming the collected object it shows. A
 *       {@link io.ovnscope.core.topology.FoldState} says which switches show their pods one by one.</li>
 *   <li>{@link io.ovnscope.core.topology.LayeredLayout#of(Topology)} places it: a
 *       {@link io.ovnscope.core.topology.Layout} of {@link io.ovnscope.core.topology.PlacedBox}es (element,
 *       x, y, width, height, label lines) and {@link io.ovnscope.core.topology.EdgeRoute}s (polylines), with
 *       the picture's size. Deterministic; no boxes overlap; links do not cross boxes.</li>
 *   <li>{@link io.ovnscope.core.topology.SvgDocument#write(Layout, Emphasis)} writes it as SVG 1.1, with
 *       highlights and a trace path ({@link io.ovnscope.core.topology.Emphasis}). A view draws the same layout
 *       with the same {@link io.ovnscope.core.topology.TopologyStyle} (colours, strokes, fonts per kind),
 *       {@link io.ovnscope.core.topology.Shapes} (outline geometry, label anchors) and label lines.</li>
 * </ol>
 *
 * <p>{@link io.ovnscope.core.topology.ElementSearch} finds elements by name, MAC or IP (and the networks holding
 * an IP) for the search box.
 *
 * <p>Pure Java and JGraphT: no JavaFX, no AWT, no files.
 */
package io.ovnscope.core.topology;
