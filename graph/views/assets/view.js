/* govkg view: draws the JSON in #govkg-data with vis-network.
 *
 * Every name and sentence from the articles reaches the document through textContent or a
 * text node, never innerHTML, so markup in an article is shown as text and runs nothing.
 * window.govkgView exposes the network and its data for tests and for the curious.
 */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("govkg-data").textContent);
  var started = performance.now();
  // times in ms from the start of this script, for tests and for anyone tuning the physics
  var state = { stabilized: false, stabilizedMs: null, drawnMs: null, focused: null };

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function tip(text) {
    // an Element, so that vis-network appends it instead of parsing a string
    return el("div", "govkg-tip", text);
  }

  var groupOf = {};
  var labelNames = {};
  data.legend.labels.forEach(function (l) { labelNames[l.key] = l.names.join(" "); });
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    groupOf[n.id] = n.group;
    var item = { id: n.id, label: n.label, group: n.group, value: n.value, title: tip(n.tooltip) };
    if (n.focus) {  // what the view is about: a thick dark ring in the label's colour
      var bg = data.options.groups[n.group].color.background;
      var ring = { background: bg, border: "#222222" };
      item.borderWidth = 4;
      item.borderWidthSelected = 5;
      item.color = { background: bg, border: "#222222", highlight: ring, hover: ring };
    }
    return item;
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    var item = {
      id: e.id, from: e.from, to: e.to, type: e.type, label: e.label,
      color: { color: e.color, highlight: e.color, hover: e.color }, title: tip(e.tooltip)
    };
    if (e.value !== undefined) item.value = e.value;
    if (e.arrows === false) item.arrows = { to: { enabled: false } };
    if (e.smooth) item.smooth = e.smooth;
    return item;
  }));

  var hiddenLabels = {};
  var hiddenTypes = {};
  var nodeView = new vis.DataView(nodes, {
    filter: function (n) { return !hiddenLabels[n.group]; }
  });
  var edgeView = new vis.DataView(edges, {
    filter: function (e) {
      return !hiddenTypes[e.type] && !hiddenLabels[groupOf[e.from]] && !hiddenLabels[groupOf[e.to]];
    }
  });

  var container = document.getElementById("graph");
  var network = new vis.Network(container, {}, data.options);
  var status = el("div", "status", data.nodes.length ? "布局中 laying out…" : "");

  function keepPositions() {
    // nodes that a filter removes and brings back return where they were, not at random
    var pos = network.getPositions();
    nodes.update(Object.keys(pos).map(function (id) {
      return { id: id, x: pos[id].x, y: pos[id].y };
    }));
  }

  function settled() {
    if (state.stabilized) return;
    // physics off: the layout stays still, and dragging a node moves that node only
    network.setOptions({ physics: { enabled: false } });
    keepPositions();
    state.stabilized = true;
    state.stabilizedMs = performance.now() - started;
    status.textContent = "";
    if (data.focus.length) network.selectNodes(data.focus);
  }
  // handlers first, then the data, so that no event of a quick stabilisation is missed
  network.on("stabilizationProgress", function (p) {
    status.textContent = "布局中 laying out… " + Math.round(100 * p.iterations / p.total) + "%";
    // a big view stops at the time budget, settled or not, rather than spin for minutes
    if (performance.now() - started > data.layout_budget_ms) network.stopSimulation();
  });
  network.once("stabilizationIterationsDone", settled);
  network.setData({ nodes: nodeView, edges: edgeView });
  state.drawnMs = performance.now() - started;
  if (!data.nodes.length) settled();

  function focusNode(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: false });
    state.focused = id;
  }

  function matches(query) {
    var q = query.toLowerCase();
    var hits = data.nodes.filter(function (n) {
      if (hiddenLabels[n.group]) return false;
      if (n.name.toLowerCase().indexOf(q) >= 0) return true;
      return n.aliases.some(function (a) { return a.toLowerCase().indexOf(q) >= 0; });
    });
    // exact names first, then the shortest (closest) names, then the best connected
    hits.sort(function (a, b) {
      return ((b.name === query) - (a.name === query)) || (a.name.length - b.name.length) ||
        (b.value - a.value);
    });
    return hits;
  }

  function searchBox() {
    var box = el("div", "search");
    var input = el("input");
    input.type = "search";
    input.id = "search";
    input.placeholder = "搜索名称 Search a name";
    input.setAttribute("aria-label", "search a name");
    var count = el("div", "count");
    var list = el("ul", "hits");
    function run(focusFirst) {
      var q = input.value.trim();
      list.replaceChildren();
      count.textContent = "";
      if (!q) return;
      var hits = matches(q);
      count.textContent = hits.length + " 个匹配 matches";
      hits.slice(0, 12).forEach(function (n) {
        var li = el("li");
        var b = el("button", "hit", n.name + (n.hint ? " · " + n.hint : "") + " · " +
          labelNames[n.group]);
        b.type = "button";
        b.addEventListener("click", function () { focusNode(n.id); });
        li.appendChild(b);
        list.appendChild(li);
      });
      if (hits.length && focusFirst) focusNode(hits[0].id);
    }
    input.addEventListener("input", function () { run(true); });
    input.addEventListener("keydown", function (ev) { if (ev.key === "Enter") run(true); });
    box.append(input, count, list);
    return box;
  }

  function check(name, onChange) {
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset.filter = name;
    box.addEventListener("change", function () { onChange(!box.checked); });
    return box;
  }

  function refresh() {
    keepPositions();
    nodeView.refresh();
    edgeView.refresh();
  }

  function legend() {
    var panel = document.getElementById("panel");
    panel.append(searchBox(), el("h2", null, "节点 Nodes"));
    data.legend.labels.forEach(function (l) {
      var row = el("label", "row");
      var glyph = el("span", "glyph", l.glyph);
      glyph.style.color = l.colour;
      row.append(check(l.key, function (hide) { hiddenLabels[l.key] = hide; refresh(); }),
        glyph, el("span", "name", l.names[0] + " " + l.names[1]), el("span", "n", l.count));
      panel.appendChild(row);
    });
    panel.appendChild(el("h2", null, "关系 Edges"));
    data.legend.types.forEach(function (t) {
      var row = el("label", "row");
      var line = el("span", "line");
      line.style.background = t.colour;
      row.append(check(t.key, function (hide) { hiddenTypes[t.key] = hide; refresh(); }),
        line, el("span", "name", t.names[0] + " " + t.names[1]), el("span", "n", t.count));
      panel.appendChild(row);
    });
    panel.append(el("p", "help", "悬停查看证据，滚轮缩放，拖动移动。" +
      "Hover for evidence; wheel to zoom; drag to move."), status);
  }

  function notes() {
    var box = document.getElementById("notes");
    box.append(el("span", "counts", data.nodes.length + " 节点 nodes · " + data.edges.length +
      " 关系 edges"));
    data.notes.forEach(function (text) { box.appendChild(el("p", "note", text)); });
  }

  legend();
  notes();
  window.govkgView = {
    network: network, nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView,
    data: data, state: state, focusNode: focusNode
  };
})();
