// Starts downloading the data of the view in the address bar while the app itself (wasm) is still
// loading, so the two overlap; and loads ECharts (see __loadECharts below). The app takes these downloads from `window.__prefetch` instead of
// fetching again (src/data/loader.rs). Keep the lists in step with the views (checked by
// e2e/views.test.mjs: every file is requested once).
// Runs before the app (wasm), in <head>: sets the page's language and theme, starts the data
// downloads of the view in the address bar beside the app's own, loads ECharts, and says when the
// app may start. Everything it knows of the app's rules — the views' data files, the wide-screen
// breakpoint, the spellings of `lang=` and `embed=1` — the build writes into the page from the
// Rust definitions (src/page.rs, `<script id="boot-config">`); this file repeats none of them. The
// app takes the downloads from `window.__prefetch` instead of fetching again (src/web/loader.rs).
(function () {
  var config = {};
  try {
    config = JSON.parse(document.getElementById('boot-config').textContent);
  } catch (e) {
    // Served without the build step: no prefetch, the app's own defaults.
  }
  var VIEWS = config.views || {};
  // ECharts, once per page: the app asks for it when its first chart comes near the viewport
  // (src/web/echarts); and for the download build when a reader asks for an image.
  // Relative, so they resolve against <base href> (any sub-path).
  function loader(src) {
    var loading = null;
    return function () {
      if (!loading) {
        loading = new Promise(function (resolve, reject) {
          var s = document.createElement('script');
          s.src = src;
          s.onload = function () {
            resolve();
          };
          s.onerror = function () {
            loading = null;
            s.remove();
            reject(new Error(src + ' could not be loaded'));
          };
          document.head.appendChild(s);
        });
      }
      return loading;
    };
  }
  window.__loadECharts = loader('echarts.js');
  window.__loadEChartsExport = loader('echarts-export.js');
  // On a wide screen a chart is nearly always on the first screen: start now, beside the app. On a
  // phone the text comes first, and ECharts only when the reader nears a chart.
  var wide = window.innerWidth >= config.wide;
  if (wide) window.__loadECharts().catch(function () {});

  var q;
  try {
    q = new URLSearchParams(location.search);
  } catch (e) {
    q = new URLSearchParams();
  }
  var view = q.get('view') || config.defaultView;

  // Before the body is parsed (this script is in <head>): the page's language and theme, by the
  // app's own rules (src/state/url.rs, src/web/app.rs), so neither the static first screen nor the
  // app flashes the wrong one; and whether the static first screen (src/prerender.rs) is the view
  // asked for. The app takes over both once it runs.
  var root = document.documentElement;
  var lang = (q.get('lang') || '').toLowerCase();
  var says = function (code) {
    return ((config.lang || {})[code] || []).indexOf(lang) >= 0;
  };
  var zh = says('zh');
  if (!zh && !says('en')) zh = (navigator.language || '').toLowerCase().indexOf('zh') === 0;
  root.setAttribute('lang', zh ? 'zh-CN' : 'en');
  var theme = q.get('theme');
  var themes = config.theme || {};
  var dark = theme === themes.dark || (theme !== themes.light && window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches);
  root.setAttribute('data-theme', (dark ? themes.dark : themes.light) || '');
  var embed = (config.on || []).indexOf(q.get('embed')) >= 0;
  if (embed) root.setAttribute('data-embed', '1');
  var pre = !(view.trim() !== config.defaultView || q.has('chart') || embed);
  if (!pre) root.className += ' no-pre';
  showStaticChart();

  // If the app cannot start (its wasm did not arrive, or this browser cannot run it), the page
  // says so rather than staying blank; trunk's loader, as the build rewrites it, calls this. The
  // text is fixed: nothing from the address goes into the page. A panic card (src/main.rs) that
  // is already there says it better.
  window.__appFailed = function () {
    if (!document.body || document.querySelector('.panic-card')) return;
    var card = document.createElement('div');
    card.className = 'panic-card app-failed';
    card.setAttribute('role', 'alert');
    card.textContent = '交互式看板未能加载，请检查网络后刷新页面。The interactive dashboard could not load; please check the connection and reload the page.';
    document.body.insertBefore(card, document.body.firstChild);
  };

  // When the app (wasm) may start: trunk's loader awaits this before it fetches the wasm
  // (src/prerender.rs, gate_app; the build writes the wasm's address into this script's tag).
  // - A phone showing the static first screen: once that screen is painted, so 280 KB of wasm
  //   does not compete with it; a tab in the background paints nothing, so a timer opens the
  //   gate anyway.
  // - A wide screen showing it: once the page has drawn the overview's first chart itself (below),
  //   so ECharts and that drawing come first; at most 1.5 s, if ECharts is slow to come.
  // - Anywhere else the app is what the reader waits for: at once, and the wasm is preloaded.
  var wasm = document.currentScript && document.currentScript.getAttribute('data-wasm');
  var open;
  window.__appGate = new Promise(function (resolve) {
    open = resolve;
  });
  if (pre && !wide) {
    // The browser's own word that the screen has been painted (first-contentful-paint): a frame
    // callback is not, where the browser holds the first paint back (paint holding).
    try {
      new PerformanceObserver(function (list, observer) {
        if (list.getEntriesByName('first-contentful-paint').length) {
          observer.disconnect();
          setTimeout(open, 0);
        }
      }).observe({ type: 'paint', buffered: true });
    } catch (e) {
      requestAnimationFrame(function () {
        setTimeout(open, 0);
      });
    }
    setTimeout(open, 3000);
  } else if (pre && !q.has('decal')) {
    // The overview's first chart, drawn by the page itself: the build wrote its options, made by
    // the app's own code, into the page (src/prerender.rs, first_chart_json). The app takes this
    // drawing into its own card (src/charts/echart.rs, adopt) instead of drawing it again. With
    // patterns on (`decal`) the app draws it.
    window.__loadECharts().then(function () {
      return parsed('first-chart');
    }).then(drawFirstChart).catch(function () {}).then(open);
    setTimeout(open, 1500);
  } else {
    if (wasm) {
      var link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      link.type = 'application/wasm';
      link.crossOrigin = 'anonymous';
      link.href = wasm;
      document.head.appendChild(link);
    }
    open();
  }

  // Once the element `id` is in the page (or the page is parsed). Not DOMContentLoaded: that waits
  // for trunk's loader, which waits for the gate.
  function parsed(id) {
    if (document.getElementById(id) || document.readyState !== 'loading') return;
    return new Promise(function (r) {
      document.addEventListener('readystatechange', r);
    });
  }

  // An embedded chart in its default state (only the keys `pre.keys` in the address, spelled as
  // the app reads them): its picture, drawn at build time by ECharts from the app's own option
  // (src/prerender/charts.rs) for every width the app lays charts out for; shown as soon as it
  // arrives. The app lays itself out under it, unseen (style/main.css), and removes it when its
  // own chart has drawn (src/web/echarts/adopt.rs). Anything else, or a picture that does not
  // come: the app alone.
  function showStaticChart() {
    var p = config.pre || {};
    var chart = q.get('chart');
    var plain = true;
    q.forEach(function (v, k) {
      if ((p.keys || []).indexOf(k) < 0) plain = false;
    });
    var spelled = !q.has('lang') || says('zh') || says('en');
    var themed = !q.has('theme') || theme === themes.dark || theme === themes.light;
    if (!embed || !plain || !spelled || !themed || !p.charts || p.charts[chart] !== view || q.getAll('chart').length !== 1) return;
    root.className += ' ' + p.id;
    var file = 'pre/' + chart + '.' + (zh ? 'zh' : 'en') + '.' + (dark ? themes.dark : themes.light) + '.html';
    var got = fetch(file).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.text();
    });
    Promise.all([got, parsed(p.id)])
      .then(function (r) {
        var box = document.getElementById(p.id);
        // The app may have drawn its own chart first: then it has removed the box.
        if (!box || !root.classList.contains(p.id)) return;
        box.innerHTML = r[0];
        requestAnimationFrame(function () {
          if (!performance.getEntriesByName('first-chart').length) performance.mark('first-chart');
        });
      })
      .catch(function () {
        root.classList.remove(p.id);
      });
  }
  function drawFirstChart() {
    var block = document.getElementById('first-chart');
    var code = zh ? 'zh' : 'en';
    var el = document.querySelector('#prerender .pre-' + code + ' .pre-chart');
    if (!block || !el || !el.isConnected || !el.offsetWidth || !window.echarts) return;
    var data = JSON.parse(block.textContent);
    var text = dark ? data[code].dark : data[code].light;
    // The app's own option text (src/prerender.rs tests it), so the app sees it has nothing to
    // redraw; reduced motion as the app makes it.
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) text = text.replace('{"animation":true,', '{"animation":false,');
    var option = window.__tfOption(text);
    var chart = echarts.init(el, null, { locale: zh ? 'ZH' : 'EN' });
    var marked = false;
    chart.on('rendered', function () {
      if (!marked && !performance.getEntriesByName('first-chart').length) performance.mark('first-chart');
      marked = true;
    });
    chart.setOption(option);
    window.__firstChartDrawn = { id: data.id, el: el, option: text, lang: code };
  }
  var files = VIEWS.hasOwnProperty(view) ? VIEWS[view] : VIEWS[config.defaultView] || [];
  var map = (window.__prefetch = {});
  files.forEach(function (name) {
    map[name] = fetch('data/' + name + '.json').then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.text();
    });
    // A failed prefetch is retried by the app itself; never an unhandled rejection.
    map[name].catch(function () {});
  });
})();
