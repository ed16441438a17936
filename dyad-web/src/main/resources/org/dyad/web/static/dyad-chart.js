// The dyad page: draws the monthly mean Goldstein score (line) and event counts (bars) from the JSON
// API with ECharts, served from the application's own webjar. Clicking a month lists its events.
'use strict';
(function () {
  function listEvents(box, eventsUrl, pair, period) {
    const [year, month] = period.split('-').map(Number);
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const from = period + '-01';
    const to = period + '-' + String(last).padStart(2, '0');
    fetch(eventsUrl + '?country=' + encodeURIComponent(pair[0]) + '&from=' + from + '&to=' + to + '&limit=100')
      .then(r => r.json())
      .then(page => {
        const rows = (page.items || []).filter(e => [e.sourceCountry, e.sourceId, e.targetCountry, e.targetId].includes(pair[1]) ||
          [e.sourceCountry, e.targetCountry].includes(pair[1]));
        box.replaceChildren(...rows.map(e => {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = '/documents/' + encodeURIComponent(e.documentId);
          a.textContent = (e.date || '') + ' ' + e.sourceName + ' → ' + e.targetName + ' ' + e.cameo + ' ' + e.plover;
          li.appendChild(a);
          return li;
        }));
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    const el = document.getElementById('chart');
    if (!el || typeof echarts === 'undefined') return;
    fetch(el.dataset.series).then(r => r.json()).then(dyad => {
      const months = dyad.series.map(p => p.period);
      const chart = echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption({
        animation: false,
        tooltip: { trigger: 'axis' },
        legend: { data: ['Mean Goldstein', 'Events'] },
        xAxis: { type: 'category', data: months },
        yAxis: [{ type: 'value', name: 'Goldstein', min: -10, max: 10 }, { type: 'value', name: 'Events', minInterval: 1 }],
        series: [
          { name: 'Mean Goldstein', type: 'line', data: dyad.series.map(p => p.goldstein), symbolSize: 10 },
          { name: 'Events', type: 'bar', yAxisIndex: 1, data: dyad.series.map(p => p.events), barMaxWidth: 30 }
        ]
      });
      el.dataset.points = String(months.length);
      chart.on('click', p => listEvents(document.getElementById('chart-events'), el.dataset.events, dyad.pair, months[p.dataIndex]));
      window.addEventListener('resize', () => chart.resize());
    });
  });
})();
