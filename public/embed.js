// Talent Flows embed helper (optional). Include it once on a page that embeds Talent Flows charts
// in <iframe>s; each embedded chart posts {type: "talent-flows:resize", height} to its parent
// whenever its content height changes, and this script applies that height to the iframe it came
// from, so the iframe never scrolls or leaves a gap.
(function () {
  if (window.__talentFlowsEmbed) return;
  window.__talentFlowsEmbed = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'talent-flows:resize' || typeof data.height !== 'number') return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(0, Math.ceil(data.height)) + 'px';
      }
    }
  });
})();
