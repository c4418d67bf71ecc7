/* Abbreviations explain themselves on hover, and on keyboard focus: the first
 * mention of each abbreviation on a page can take focus (Material shows the
 * tooltip), later mentions do not, so the Tab key is not flooded. */
(function () {
  "use strict";
  var seen = {};
  document.querySelectorAll("article abbr[title]").forEach(function (abbr) {
    var key = abbr.textContent.trim();
    if (seen[key] || abbr.closest("a, button, label")) return;
    seen[key] = true;
    abbr.setAttribute("tabindex", "0");
  });
})();
