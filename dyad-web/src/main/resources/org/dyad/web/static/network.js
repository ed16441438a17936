// The network page: actors as nodes, coded events as edges (one per source, target and CAMEO code,
// with a count), drawn by Cytoscape.js from the application's own webjar. Names come from documents,
// so they only ever reach the page as Cytoscape labels (canvas) or as textContent, never as markup.
'use strict';
(function () {
  // Goldstein -10 (conflict) .. +10 (cooperation) as red .. green.
  function colour(g) {
    if (g === null || g === undefined) return '#888';
    return g < 0 ? '#c0392b' : g > 0 ? '#27ae60' : '#888';
  }

  function showEdge(box, edge, names) {
    const li = document.createElement('li');
    li.textContent = names[edge.source] + ' → ' + names[edge.target] + ': ' + edge.cameo + ' ' + (edge.plover || '') +
      ', Goldstein ' + (edge.goldstein === null ? '?' : edge.goldstein.toFixed(1)) + ', ' + edge.count + ' event(s)';
    box.replaceChildren(li);
  }

  document.addEventListener('DOMContentLoaded', function () {
    const el = document.getElementById('network');
    if (!el || typeof cytoscape === 'undefined') return;
    // Cytoscape injects a <style> element (".__________cytoscape_container { position: relative }") unless
    // one with its id exists; the CSP refuses inline styles, so dyad.css carries the rule and this marker
    // tells Cytoscape it is already there.
    if (!document.getElementById('__________cytoscape_stylesheet')) {
      const marker = document.createElement('meta');
      marker.id = '__________cytoscape_stylesheet';
      document.head.appendChild(marker);
    }
    fetch(el.dataset.graph).then(r => r.json()).then(graph => {
      const names = {};
      graph.nodes.forEach(n => { names[n.id] = n.name; });
      const cy = cytoscape({
        container: el,
        elements: graph.nodes.map(n => ({ data: { id: n.id, label: n.name + (n.country ? ' (' + n.country + ')' : '') } }))
          .concat(graph.edges.map(e => ({ data: { id: e.id, source: e.source, target: e.target, label: e.cameo + ' ×' + e.count,
            colour: colour(e.goldstein), width: 1 + Math.min(e.count, 8) } }))),
        style: [
          { selector: 'node', style: { 'label': 'data(label)', 'background-color': '#2c3e50', 'font-size': 11 } },
          { selector: 'edge', style: { 'label': 'data(label)', 'width': 'data(width)', 'line-color': 'data(colour)',
            'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'font-size': 9 } }
        ],
        layout: { name: graph.nodes.length > 30 ? 'cose' : 'circle', animate: false }
      });
      cy.on('tap', 'edge', evt => showEdge(document.getElementById('network-edge'), graph.edges.find(x => x.id === evt.target.id()), names));
      document.getElementById('network-summary').textContent =
        graph.nodes.length + ' actors, ' + graph.edges.length + ' links from ' + graph.documents + ' document(s)';
      el.dataset.nodes = String(cy.nodes().length);   // for tests: how many nodes were drawn
    });
  });
})();
