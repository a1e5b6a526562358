// The same first chart as the dashboard's default view: table 2, 2019 beside 2023, per region.
(async function () {
  const d = await (await fetch('../data/work_and_green_cards.json')).json();
  const i19 = d.years.indexOf(2019);
  const i23 = d.years.indexOf(2023);
  const regions = [['CN', 'China'], ['EU', 'Europe'], ['IN', 'India'], ['ALL', 'All shown']];
  const value = (e, i) => d.series.find((s) => s.entity === e && s.category === 'total').values[i];
  const chart = echarts.init(document.getElementById('c'));
  let marked = false;
  chart.on('rendered', () => {
    if (!marked) {
      marked = true;
      performance.mark('first-chart');
    }
  });
  chart.setOption({
    animation: !matchMedia('(prefers-reduced-motion: reduce)').matches,
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
})();
