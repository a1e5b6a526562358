// Runs before the app (wasm), in <head>: sets the page's language and theme, shows the picture of
// the first chart where the build drew one, starts the data downloads of the view in the address
// bar beside the app's own, loads ECharts, and says when the app may start. Everything it knows of the app's rules — the views' data files, the wide-screen
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
  // (src/web/echarts); and for the download build when a reader asks for an image; the Excel
  // writer when a reader asks for a workbook.
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
  window.__loadXlsx = loader('xlsx.js');

  var q;
  try {
    q = new URLSearchParams(location.search);
  } catch (e) {
    q = new URLSearchParams();
  }
  var view = q.get('view') || config.defaultView;

  // Before the body is parsed (this script is in <head>): the page's language and theme, by the
  // app's own rules (src/state/url.rs, src/web/app.rs), so neither the static first screen nor the
  // app flashes the wrong one; and whether the static first screen (src/prerender/mod.rs) is the view
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
  // The picture of a chart where the build drew one (below): `shown` settles once it is on the
  // page (or will not be).
  // The story's step or a profile's origin (`pre.variants`: the key that picks it and the values
  // drawn, the default first): which screen and which files.
  var variant = ((config.pre || {}).variants || {})[view];
  var picked = variant && (q.has(variant.key) ? q.get(variant.key) : variant.values[0]);
  var shown = showStaticChart() || showStaticView() || (pre && !q.has('decal') ? showFirstPicture() : null);
  var drawn = shown ? shown.catch(function () {}) : Promise.resolve();
  // Where a chart is on the first screen, ECharts starts before the app asks for it: after the
  // picture where there is one (its few KB come first: on a slow network half a megabyte of
  // ECharts and wasm downloading beside it would hold it back — Lighthouse's LCP on an embed went
  // from 1.1 to 3.6 s), at once on other wide screens. On a phone (the overview's picture is below its findings) the
  // text comes first, and ECharts only when the reader nears a chart.
  var wide = window.innerWidth >= config.wide;
  if (!pre && !shown && wide) {
    window.__loadECharts().catch(function () {});
  } else if ((!pre && shown) || wide) {
    drawn.then(function () {
      return window.__loadECharts();
    }).catch(function () {});
  }

  // If the app cannot start (its wasm did not arrive, or this browser cannot run it), the page
  // says so rather than staying blank; trunk's loader, as the build rewrites it, calls this. The
  // text is fixed: nothing from the address goes into the page. A panic card (src/main.rs) that
  // is already there says it better.
  window.__appFailed = function () {
    if (!document.body || document.querySelector('.panic-card')) return;
    root.classList.add('no-app');
    var card = document.createElement('div');
    card.className = 'panic-card app-failed';
    card.setAttribute('role', 'alert');
    card.textContent = '交互式看板未能加载，请检查网络后刷新页面。The interactive dashboard could not load; please check the connection and reload the page.';
    document.body.insertBefore(card, document.body.firstChild);
  };

  // When the app (wasm) may start: trunk's loader awaits this before it fetches the wasm
  // (src/prerender/mod.rs, gate_app; the build writes the wasm's address into this script's tag).
  // - The static first screen (the overview): once that screen is painted, so 280 KB of wasm
  //   does not compete with it; a tab in the background paints nothing, so a timer opens the
  //   gate anyway.
  // - Anywhere else the app is what the reader waits for: it starts once a picture of its first
  //   chart is on the screen (at most 1.5 s), or, with no picture, at once, its wasm preloaded.
  var wasm = document.currentScript && document.currentScript.getAttribute('data-wasm');
  var open;
  window.__appGate = new Promise(function (resolve) {
    open = resolve;
  });
  if (pre) {
    // The browser's own word that the screen has been painted (first-contentful-paint): a frame
    // callback is not, where the browser holds the first paint back (paint holding). And its
    // chart's picture: the text may be painted before it arrives.
    var painted = reported('paint', function (e) {
      return e.name === 'first-contentful-paint';
    }, requestAnimationFrame);
    Promise.all([painted, drawn]).then(function () {
      setTimeout(open, 0);
    });
    setTimeout(open, 3000);
  } else {
    // Preloaded where no picture comes first; after one the gate opens and the loader fetches it.
    if (wasm && !shown) {
      var link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      link.type = 'application/wasm';
      link.crossOrigin = 'anonymous';
      link.href = wasm;
      document.head.appendChild(link);
    }
    drawn.then(open);
    setTimeout(open, 1500);
  }

  // `fn`, once the next frame has been laid out and painted: a task queued in a frame callback
  // runs after them. The time a reader sees what was just put in the page.
  function afterFrame(fn) {
    requestAnimationFrame(function () {
      setTimeout(fn, 0);
    });
  }
  function markOnce(name) {
    if (!performance.getEntriesByName(name).length) performance.mark(name);
  }
  // The marks the benchmark reads (tools/bench.mjs), taken as above: the picture's (below) and the
  // app's own chart's (src/web/echarts/mod.rs); the benchmark's plain page takes its own so too.
  window.__markShown = function (name, then) {
    afterFrame(function () {
      markOnce(name);
      if (typeof then === 'function') then();
    });
  };

  // Once an element `sel` is in the page (or the page is parsed): a picture goes in as soon as its
  // box is there, not once the rest of the page is read (the page's text may be painted first).
  // Not DOMContentLoaded: that waits for trunk's loader, which waits for the gate.
  function parsed(sel) {
    if (document.querySelector(sel) || document.readyState !== 'loading') return;
    return new Promise(function (resolve) {
      var watch = new MutationObserver(function () {
        if (document.querySelector(sel)) done();
      });
      function done() {
        watch.disconnect();
        document.removeEventListener('readystatechange', done);
        resolve();
      }
      watch.observe(document.documentElement, { childList: true, subtree: true });
      document.addEventListener('readystatechange', done);
    });
  }

  // A chart's picture (src/prerender/charts.rs): drawn at build time by ECharts from the app's
  // own option, for every width the app lays charts out for; put in the page by `place` as soon
  // as it and its box (`sel`) are there, and marked as the page's first chart. The app lays
  // itself out under it, unseen (style/main.css), and its own chart takes its place
  // (src/web/echarts/picture.rs). A picture that does not come leaves the page to the app.
  function picture(chart, sel, place) {
    var file = 'pre/' + chart + '.' + (zh ? 'zh' : 'en') + '.' + (dark ? themes.dark : themes.light) + '.html';
    var got = fetch(file).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.text();
    });
    return Promise.all([got, parsed(sel)]).then(function (r) {
      if (place(r[0]) === false) return;
      // Settles once the frame that shows it has been drawn: what waits for the picture (the app,
      // ECharts) must not hold that frame back.
      return new Promise(function (resolve) {
        afterFrame(function () {
          markOnce('first-chart');
          resolve();
        });
      });
    });
  }

  // Whether the address is a state the build drew: only the keys `pre.keys` (and `also`), each
  // once and spelled as the app reads them.
  function plainAddress(also) {
    var p = config.pre || {};
    var plain = true;
    q.forEach(function (v, k) {
      if (((p.keys || []).indexOf(k) < 0 && k !== also) || q.getAll(k).length !== 1) plain = false;
    });
    var spelled = !q.has('lang') || says('zh') || says('en');
    var themed = !q.has('theme') || theme === themes.dark || theme === themes.light;
    return plain && spelled && themed;
  }

  // A screen lying over the app until the app's chart has drawn: the whole of it in the box.
  function showScreen(file) {
    var id = (config.pre || {}).id;
    root.className += ' ' + id;
    return picture(file, '#' + id, function (html) {
      var box = document.getElementById(id);
      // The app may have drawn its own chart first: then it has removed the box.
      if (!box || !root.classList.contains(id)) return false;
      box.innerHTML = html;
    }).catch(function (e) {
      root.classList.remove(id);
      throw e;
    });
  }

  // An embedded chart in its default state: its card.
  function showStaticChart() {
    var p = config.pre || {};
    var chart = q.get('chart');
    if (embed && p.charts && p.charts[chart] === view && plainAddress()) return showScreen(chart);
  }

  // Another view in its default state: its header, title, filters and first card. The story and
  // the profiles: the step's or the origin's screen, embedded too (the CSS hides the header).
  function showStaticView() {
    var p = config.pre || {};
    if (q.has('chart')) return;
    if (variant) {
      if (variant.values.indexOf(picked) >= 0 && plainAddress(variant.key)) return showScreen(p.file.replace('{view}', view + '-' + picked));
    } else if (!embed && (p.views || []).indexOf(view) >= 0 && plainAddress()) {
      return showScreen(p.file.replace('{view}', view));
    }
  }

  // The overview's static first screen: its first card's chart (the card itself is in the page,
  // src/prerender/mod.rs). Not with patterns on (`decal`): the picture has none.
  function showFirstPicture() {
    var p = config.pre || {};
    var sel = '#prerender .pre-' + (zh ? 'zh' : 'en') + ' .pre-chart';
    return picture(p.first, sel, function (html) {
      var box = document.querySelector(sel);
      if (!box) return false;
      var t = document.createElement('template');
      t.innerHTML = html;
      var got = t.content.querySelector('.pre-chart');
      if (!got) return false;
      box.innerHTML = got.innerHTML;
    });
  }

  // Once the browser has reported a performance entry of `type` that passes `test` (one reported
  // before counts); where it cannot report them, when `otherwise` calls back.
  function reported(type, test, otherwise) {
    return new Promise(function (resolve) {
      try {
        new PerformanceObserver(function (list, observer) {
          if (list.getEntries().some(test)) {
            observer.disconnect();
            resolve();
          }
        }).observe({ type: type, buffered: true });
      } catch (e) {
        otherwise(resolve);
      }
    });
  }

  // Once the app's wasm has been downloaded (at most 4 s, so a wasm that never comes holds up
  // nothing), or at once where this browser cannot tell.
  function wasmArrived() {
    var wasm = reported('resource', function (e) {
      return /\.wasm$/.test(e.name);
    }, function (go) {
      go();
    });
    return Promise.race([wasm, new Promise(function (go) {
      setTimeout(go, 4000);
    })]);
  }

  // A chart shown alone (`chart=`: an embed, a focused chart) needs its own files only.
  var charts = config.charts || {};
  var one = q.get('chart');
  var own = variant && (variant.files || {})[picked];
  var files = charts.hasOwnProperty(one) ? charts[one] : own ? own : VIEWS.hasOwnProperty(view) ? VIEWS[view] : VIEWS[config.defaultView] || [];
  var map = (window.__prefetch = {});
  // After the picture, where there is one (as ECharts, above).
  var ready = shown ? drawn : Promise.resolve();
  // A whole view's files: its first card's at once, the others once the app's wasm is in. Asked
  // for together, the global view's ten files held the wasm back by a quarter of a second (a
  // browser fetches six at a time from a host over HTTP/1.1), and with it every chart.
  var lead = files === VIEWS[view] && (config.lead || {})[view];
  var later = lead ? ready.then(wasmArrived) : ready;
  files.forEach(function (name) {
    map[name] = (!lead || lead.indexOf(name) >= 0 ? ready : later).then(function () {
      // A name with a folder is a file the build derived (as src/web/loader.rs `url`).
      return fetch((name.indexOf('/') < 0 ? 'data/' : '') + name + '.json');
    }).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.text();
    });
    // A failed prefetch is retried by the app itself; never an unhandled rejection.
    map[name].catch(function () {});
  });
})();
