// With patterns on (the `decal` switch), the bars carry ECharts' patterns as well as colours; the
// card's legend is HTML (src/web/components/figure_card.rs), so its swatches would show colour
// only, and a reader who cannot tell the colours apart could not tell which bar is whose. Each
// time the chart has drawn, every swatch is painted as ECharts paints its series: the colour, then
// the series' own pattern tile at the same angle and scale.

// px: the legend's swatch is 12 px square (style/main.css, `.legend .swatch`); with a pattern it
// is wider, so the pattern shows more than a dot or two of itself.
const W = 22;
const H = 12;

// Tiles already made, per ECharts pattern (ECharts keeps one object per pattern) and colour:
// 'finished' also comes after a hover.
const made = new WeakMap();

/** A data URL of `fill` under `decal` (ECharts' pattern: its tile `image`, its `rotation`). */
function tile(fill, decal) {
  const mine = made.get(decal) || new Map();
  made.set(decal, mine);
  if (!mine.has(fill)) mine.set(fill, draw(fill, decal));
  return mine.get(fill);
}

function draw(fill, decal) {
  const dpr = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(W * dpr);
  canvas.height = Math.round(H * dpr);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = fill;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const pattern = ctx.createPattern(decal.image, 'repeat');
  if (!pattern) return null;
  // The tile is drawn at the screen's pixel ratio, as on the chart; turned as there.
  pattern.setTransform(new DOMMatrix().rotateSelf(((decal.rotation || 0) * 180) / Math.PI));
  ctx.fillStyle = pattern;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  return canvas.toDataURL();
}

/** Paints the swatches of `chart`'s card from its series' patterns, by series name (`on`), or
 * back to plain colour. */
export function paintSwatches(chart, on) {
  const dom = chart.getDom();
  const card = dom && dom.closest ? dom.closest('section') : null;
  const items = card ? card.querySelectorAll('.legend-item') : [];
  if (!items.length) return;
  const painted = new Map();
  chart.getModel().eachSeries((s) => {
    const style = s.getData().getVisual('style');
    const decal = style && style.decal;
    if (decal && decal.image && typeof style.fill === 'string' && !painted.has(s.name)) painted.set(s.name, tile(style.fill, decal));
  });
  for (const item of items) {
    const swatch = item.querySelector('.swatch');
    const url = painted.get(item.textContent.trim());
    // A series the reader has hidden is not drawn: its swatch keeps the pattern it had.
    if (!swatch || (on && !url)) continue;
    const image = url ? `url("${url}")` : '';
    if (swatch.style.backgroundImage === image) continue;
    swatch.style.backgroundImage = image;
    swatch.style.backgroundSize = url ? '100% 100%' : '';
    swatch.style.width = url ? `${W}px` : '';
  }
}

/** Has `chart` paint its card's swatches each time it has drawn while `option` has patterns, and
 * once more after they are turned off (back to plain colour). */
export function swatchesFollow(option, chart) {
  if (!chart || typeof chart.on !== 'function' || typeof document === 'undefined') return;
  if (chart.__tfSwatches === undefined) {
    chart.on('finished', () => {
      if (chart.__tfSwatches || chart.__tfPainted) paintSwatches(chart, chart.__tfSwatches);
      chart.__tfPainted = chart.__tfSwatches;
    });
  }
  chart.__tfSwatches = !!(option.aria && option.aria.decal && option.aria.decal.show);
}
