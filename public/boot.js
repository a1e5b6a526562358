// Starts downloading the data of the view in the address bar while the app itself (wasm) is still
// loading, so the two overlap. The app takes these downloads from `window.__prefetch` instead of
// fetching again (src/data/loader.rs). Keep the lists in step with the views (checked by
// e2e/views.test.mjs: every file is requested once).
(function () {
  var VIEWS = {
    overview: ['work_and_green_cards', 'students', 'work_visas', 'eb1a', 'green_cards', 'china_migrants', 'remittances'],
    'work-visas': ['work_visas', 'events'],
    'green-cards': ['green_cards', 'work_and_green_cards', 'events'],
    eb1a: ['eb1a', 'events'],
    students: ['students', 'f1_visas', 'students_by_level', 'events'],
    global: ['world_migrants', 'migrant_destinations', 'migrant_origins', 'migration_corridors', 'migrant_workers', 'skilled_migration', 'international_students', 'student_destinations', 'student_origins', 'outbound_students', 'events'],
    china: ['china_migrants', 'china_foreigners', 'migrant_share', 'china_outbound_students', 'china_inbound_students', 'remittances', 'events'],
    policy: ['policies'],
    explorer: ['niv_explorer'],
  };
  var view = 'overview';
  try {
    view = new URLSearchParams(location.search).get('view') || 'overview';
  } catch (e) {}
  var files = VIEWS.hasOwnProperty(view) ? VIEWS[view] : VIEWS.overview;
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
