// Where a story reading's label goes (src/charts/annotate marks its point `tfReading`): on the
// side the step declares if that is clear of the chart's lines and bars, its other texts and the
// readings already placed; else the nearest place around its point that is, with a line back to
// the point.
// Done by ECharts' label layout with the label's real size and the points' real pixels, at every
// width the chart is drawn, on the page and in the build's pictures (tools/static-charts.mjs).

// Around the point, after the declared side: the four sides, then the four corners.
const AROUND = [[0, -1], [0, 1], [-1, 0], [1, 0], [-1, -1], [1, -1], [-1, 1], [1, 1]];
const GAP = 8;

/** The length of segment a–b inside rect r (Liang–Barsky clipping). */
export function lengthInside(r, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const edges = [[-dx, a[0] - r.x], [dx, r.x + r.width - a[0]], [-dy, a[1] - r.y], [dy, r.y + r.height - a[1]]];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return 0;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return 0;
  }
  return (t1 - t0) * Math.hypot(dx, dy);
}

function overlap(a, b) {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** How much of r falls outside `bounds`, in px of width plus height. */
function outside(r, bounds) {
  return (
    Math.max(0, bounds.x - r.x) +
    Math.max(0, r.x + r.width - bounds.x - bounds.width) +
    Math.max(0, bounds.y - r.y) +
    Math.max(0, r.y + r.height - bounds.y - bounds.height)
  );
}

/** The places a label may take around the point `host` (its symbol's rect): where ECharts put it
 * on its declared side (`declared`, which gives its size too) first, then beside the point on each
 * side and corner, then anywhere in `bounds` on a grid of `step` px (a long label on a phone may
 * find room only farther off). */
export function candidates(host, declared, bounds, step = 6) {
  const size = declared;
  const cx = host.x + host.width / 2;
  const cy = host.y + host.height / 2;
  const g = host.width / 2 + GAP;
  const out = [{ x: declared.x, y: declared.y }];
  for (const [ux, uy] of AROUND) {
    const x = ux < 0 ? cx - g - size.width : ux > 0 ? cx + g : cx - size.width / 2;
    const y = uy < 0 ? cy - g - size.height : uy > 0 ? cy + g : cy - size.height / 2;
    out.push({ x, y });
  }
  for (let y = bounds.y; y + size.height <= bounds.y + bounds.height; y += step) {
    for (let x = bounds.x; x + size.width <= bounds.x + bounds.width; x += step) out.push({ x, y });
  }
  return out.map((c) => ({ x: c.x, y: c.y, width: size.width, height: size.height }));
}

/** What `rect` covers: the length of line (and bar end) under it, the area of text under it and,
 * lightly, of bars, how far it leaves the plot. Zero is a clear place. */
export function cost(rect, scene) {
  let lines = 0;
  for (const [a, b] of scene.segments) lines += lengthInside(rect, a, b);
  let texts = 0;
  for (const t of scene.texts) texts += overlap(rect, t);
  let bodies = 0;
  for (const r of scene.bodies || []) bodies += overlap(rect, r);
  return 1000 * outside(rect, scene.bounds) + 30 * lines + texts + 0.05 * bodies;
}

/** How far `rect` is from the point (cx, cy): its line back would be this long. */
function away(rect, cx, cy) {
  const dx = Math.max(rect.x - cx, 0, cx - rect.x - rect.width);
  const dy = Math.max(rect.y - cy, 0, cy - rect.y - rect.height);
  return Math.hypot(dx, dy);
}

/** The declared place if it is clear, else the one where what it covers and how far it goes
 * from its point weigh least (1 px of line weighs as 30 px farther off). */
export function choose(list, scene, cx, cy) {
  let best = null;
  for (const [i, c] of list.entries()) {
    const k = cost(c, scene);
    if (i === 0 && k === 0) return c;
    const score = k + away(c, cx, cy);
    if (!best || score < best.score) best = { ...c, score };
  }
  return best;
}

/** The lines drawn, as segments; and each point of a chart of points (scatter) as a cross of its
 * symbol's size, so a label weighs covering a point as covering that much line. */
function lineSegments(chart, series) {
  const segments = [];
  series.forEach((s, si) => {
    if ((s.type !== 'line' && s.type !== 'scatter') || !Array.isArray(s.data)) return;
    let prev = null;
    s.data.forEach((d, i) => {
      const v = d !== null && typeof d === 'object' ? d.value : d;
      const p = v === null || v === undefined || v === '-' ? null : chart.convertToPixel({ seriesIndex: si }, [i, v]);
      if (s.type === 'line' && prev && p) segments.push([prev, p]);
      if (s.type === 'scatter' && p) {
        const r = ((d && d.symbolSize) || s.symbolSize || 10) / 2;
        segments.push([[p[0] - r, p[1]], [p[0] + r, p[1]]], [[p[0], p[1] - r], [p[0], p[1] + r]]);
      }
      prev = p;
    });
  });
  return segments;
}

/** Every bar drawn: its end (the edge its value is read at, a segment) and its body (px). */
function bars(chart) {
  const ends = [];
  const bodies = [];
  chart.getModel().eachSeries((s) => {
    if (s.subType !== 'bar') return;
    const data = s.getData();
    const horizontal = s.getBaseAxis().dim === 'y';
    for (let i = 0; i < data.count(); i++) {
      const l = data.getItemLayout(i);
      if (!l || !(l.width && l.height)) continue;
      // From its base (x, y) a bar runs `width` across and `height` up or down (negative: up).
      const r = { x: Math.min(l.x, l.x + l.width), y: Math.min(l.y, l.y + l.height), width: Math.abs(l.width), height: Math.abs(l.height) };
      bodies.push(r);
      ends.push(horizontal ? [[l.x + l.width, r.y], [l.x + l.width, r.y + r.height]] : [[r.x, l.y + l.height], [r.x + r.width, l.y + l.height]]);
    }
  });
  return { ends, bodies };
}

function plotRect(chart) {
  const grid = chart.getModel && chart.getModel().getComponent('grid', 0);
  const rect = grid && grid.coordinateSystem && grid.coordinateSystem.getRect();
  return rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : { x: 0, y: 0, width: chart.getWidth(), height: chart.getHeight() };
}

/** Every text ECharts has drawn but the readings (axis labels, spans' and events' names). */
function drawnTexts(chart, readings) {
  const out = [];
  for (const el of chart.getZr().storage.getDisplayList(true)) {
    if (el.type !== 'tspan' || el.ignore || !el.style || readings.has(el.style.text)) continue;
    const r = el.getBoundingRect().clone();
    const m = el.getComputedTransform();
    if (m) r.applyTransform(m);
    out.push(r);
  }
  return out;
}

/** Installs the placement on `option`'s series that carry readings, for `chart` to run. */
export function placeReadings(option, chart) {
  const series = [].concat(option.series || []);
  const texts = new Set();
  const marked = series.map((s) => {
    const rows = new Set();
    (Array.isArray(s.data) ? s.data : []).forEach((d, i) => {
      if (!d || typeof d !== 'object' || !d.tfReading) return;
      delete d.tfReading;
      rows.add(i);
      if (d.label) texts.add(d.label.formatter);
    });
    return rows;
  });
  if (!chart || !texts.size) return;
  // One layout pass calls every label's function in turn: the readings placed so far in it.
  let placed = new Map();
  let scene = null;
  series.forEach((s, si) => {
    const rows = marked[si];
    if (!rows.size) return;
    // The line back to its point, drawn by ECharts from the label's nearest edge.
    s.labelLine = { show: true, length2: 0, lineStyle: { width: 1, color: (s.itemStyle && s.itemStyle.color) || undefined } };
    s.labelLayout = (p) => {
      if (!rows.has(p.dataIndex)) return {};
      const key = `${si}:${p.dataIndex}`;
      if (placed.has(key) || !scene) {
        placed = new Map();
        // What a label must not hide: the lines, the bars' ends, the chart's other texts; over a
        // bar's body it may go if nowhere near is clear (the bar is still read at its end).
        const b = bars(chart);
        scene = { segments: lineSegments(chart, series).concat(b.ends), texts: drawnTexts(chart, texts), bodies: b.bodies, bounds: plotRect(chart) };
      }
      const h = p.rect;
      // Its own point stays uncovered, as do the readings placed before it.
      const own = { x: h.x - 2, y: h.y - 2, width: h.width + 4, height: h.height + 4 };
      const others = { ...scene, texts: scene.texts.concat([...placed.values()], [own]) };
      const at = choose(candidates(h, p.labelRect, scene.bounds), others, h.x + h.width / 2, h.y + h.height / 2);
      placed.set(key, at);
      return { x: at.x, y: at.y, align: 'left', verticalAlign: 'top' };
    };
  });
}
