// Plain pages that load the same ECharts build and the same JSON as a dashboard page and draw the
// same first chart, then mark "first-chart" as the app does (tools/bench.mjs compares the two):
// - no query: the default view's first chart, table 2 (2019 beside 2023, per region);
// - ?work-visas: the work-visas embed, three regions' totals FY2014–FY2023 as lines;
// - ?global-migrants: the global view's first chart, international migrants worldwide as bars;
// - ?destinations: the global view's embed, the 20 largest destinations by sex (2020) as bars.
(async function () {
  const which = location.search.slice(1);
  const chart = echarts.init(document.getElementById('c'));
  let drawn = false;
  let marked = false;
  // Once the frame that shows the drawing has been laid out and painted, as the app's mark. Not at
  // ECharts' first 'rendered': that comes for the empty chart, often before its data has arrived.
  chart.on('rendered', () => {
    if (drawn && !marked) {
      marked = true;
      requestAnimationFrame(() => setTimeout(() => performance.mark('first-chart'), 0));
    }
  });
  const draw = (option) => {
    drawn = true;
    chart.setOption(option);
  };
  const animation = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  const load = async (name) => (await fetch(`../data/${name}.json`)).json();
  const values = (d, e, c) => d.series.find((s) => s.entity === e && s.category === c).values;
  if (which === 'work-visas') {
    const d = await load('work_visas');
    const years = d.years.filter((y) => y >= 2014 && y <= 2023);
    const at = years.map((y) => d.years.indexOf(y));
    draw({
      animation,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 48, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: years.map((y) => `FY${y}`) },
      yAxis: { type: 'value', name: 'visas issued' },
      series: [['CN', 'China'], ['EU', 'Europe'], ['IN', 'India']].map(([e, name]) => ({ type: 'line', name, data: at.map((i) => values(d, e, 'total')[i]) })),
    });
  } else if (which === 'global-migrants') {
    const d = await load('world_migrants');
    draw({
      animation,
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 24, top: 48, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: d.years.map(String) },
      yAxis: { type: 'value', name: 'migrants' },
      series: [{ type: 'bar', name: 'International migrants', data: values(d, 'WLD', 'migrants') }],
    });
  } else if (which === 'destinations') {
    const d = await load('migrant_destinations');
    const totals = d.series.filter((s) => s.category === 'total' && s.entity !== 'WLD').sort((a, b) => b.values[0] - a.values[0]).slice(0, 20).reverse();
    const of = (c) => totals.map((t) => values(d, t.entity, c)[0]);
    draw({
      animation,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 48, bottom: 8, containLabel: true },
      yAxis: { type: 'category', data: totals.map((t) => t.entity) },
      xAxis: { type: 'value', name: 'migrants' },
      series: [['male', 'Male'], ['female', 'Female']].map(([c, name]) => ({ type: 'bar', stack: 'sex', name, data: of(c) })),
    });
  } else {
    const d = await load('work_and_green_cards');
    const i19 = d.years.indexOf(2019);
    const i23 = d.years.indexOf(2023);
    const regions = [['CN', 'China'], ['EU', 'Europe'], ['IN', 'India'], ['ALL', 'All shown']];
    const value = (e, i) => values(d, e, 'total')[i];
    draw({
      animation,
      legend: { top: 0, left: 0 },
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 24, top: 64, bottom: 8, containLabel: true },
      yAxis: { type: 'category', data: regions.map((r) => r[1]).reverse() },
      xAxis: { type: 'value', name: 'visas' },
      series: [
        { type: 'bar', name: 'FY2019', data: regions.map((r) => value(r[0], i19)).reverse() },
        { type: 'bar', name: 'FY2023', data: regions.map((r) => value(r[0], i23)).reverse() },
      ],
    });
  }
})();
