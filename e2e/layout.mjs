// What a reader sees of a chart's text: every text ECharts drew (its `tspan`s, read from the
// display list), with its box on the chart's canvas; which pairs overlap, and which run past the
// canvas's edge. Shared by the layout test (e2e/layout.test.mjs) and `make screenshots`.

/** In the page: for every drawn chart under `root`, its id, size, and its texts' boxes. */
export function readTexts(root = 'main') {
  const out = [];
  for (const card of document.querySelectorAll(`${root} section[data-chart-id]:not([hidden])`)) {
    const el = card.querySelector('.echart');
    const chart = el && window.echarts && window.echarts.getInstanceByDom(el);
    if (!chart || el.offsetParent === null) continue;
    const boxes = [];
    for (const d of chart.getZr().storage.getDisplayList(true)) {
      if (d.type !== 'tspan' || d.ignore || d.invisible) continue;
      const text = d.style && d.style.text;
      if (!text || !String(text).trim()) continue;
      const r = d.getBoundingRect().clone();
      const m = d.getComputedTransform();
      if (m) r.applyTransform(m);
      boxes.push({ text: String(text), x: r.x, y: r.y, w: r.width, h: r.height });
    }
    // The names of a ranking's bars (a category y axis): each must be drawn, not dropped by
    // ECharts for want of room.
    const categories = (chart.getOption().yAxis || []).filter((a) => a.type === 'category').flatMap((a) => a.data || []).map((c) => String(c.value ?? c));
    out.push({ id: card.dataset.chartId, width: chart.getWidth(), height: chart.getHeight(), boxes, categories });
  }
  return out;
}

/** Pairs of boxes overlapping by more than `slack` px in both directions, boxes past the edge, and
 * bar names not drawn (a name broken over lines is drawn if its first line is). */
export function problems(chart, slack = 1) {
  const overlaps = [];
  const clipped = [];
  const b = chart.boxes;
  for (let i = 0; i < b.length; i++) {
    const p = b[i];
    if (p.x < -slack || p.y < -slack || p.x + p.w > chart.width + slack || p.y + p.h > chart.height + slack) clipped.push(p.text);
    for (let j = i + 1; j < b.length; j++) {
      const q = b[j];
      const dx = Math.min(p.x + p.w, q.x + q.w) - Math.max(p.x, q.x);
      const dy = Math.min(p.y + p.h, q.y + q.h) - Math.max(p.y, q.y);
      if (dx > slack && dy > slack) overlaps.push([p.text, q.text]);
    }
  }
  const drawn = new Set(b.map((x) => x.text));
  const missing = (chart.categories || []).filter((c) => !drawn.has(c.split('\n')[0]));
  return { overlaps, clipped, missing };
}
