// The article page: hovering, clicking or focusing a highlight shows every fact coded at that point
// (the event of the sentence, the quote and the time within it) in the side panel. The facts travel
// as data attributes, so the page needs no inline script and no second request.
'use strict';
(function () {
  const LABELS = {
    event: [['source', 'Source'], ['target', 'Target'], ['cameo', 'CAMEO'], ['plover', 'PLOVER'], ['goldstein', 'Goldstein'], ['date', 'Date']],
    quote: [['source', 'Speaker'], ['date', 'Said']],
    actor: [['source', 'Name'], ['target', 'Country, sector']],
    time: [['date', 'Value']]
  };

  function describe(el) {
    const d = el.dataset;
    const box = document.createElement('dl');
    box.className = 'fact fact-' + d.kind;
    const head = document.createElement('dt');
    head.textContent = d.kind;
    box.appendChild(head);
    box.appendChild(document.createElement('dd'));
    for (const [key, label] of LABELS[d.kind] || []) {
      if (d[key] === undefined) continue;
      const dt = document.createElement('dt');
      dt.textContent = label;
      const dd = document.createElement('dd');
      dd.textContent = d[key];
      dd.className = 'v-' + key;
      box.append(dt, dd);
    }
    return box;
  }

  function show(panel, text, target) {
    const marks = [];
    for (let el = target.closest && target.closest('.hl'); el && text.contains(el); el = el.parentElement.closest('.hl')) {
      marks.push(el);
    }
    if (marks.length) panel.replaceChildren(...marks.reverse().map(describe));
  }

  document.addEventListener('DOMContentLoaded', function () {
    const text = document.getElementById('article-text');
    const panel = document.getElementById('details');
    if (!text || !panel) return;
    for (const type of ['mouseover', 'click', 'focusin']) {
      text.addEventListener(type, e => show(panel, text, e.target));
    }
  });
})();
