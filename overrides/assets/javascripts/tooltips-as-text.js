/* A tooltip shows text, never HTML. Material's content.tooltips reads an element's
 * title attribute and inserts it into the tooltip as HTML: a statute's name or a
 * glossary term holding "<img src=x onerror=...>" would run as script on hover or
 * focus. Material also gives a truncated navigation or header title a title
 * attribute made from its visible text, later, and shows that the same way.
 *
 * This runs before Material's bundle (overrides/main.html, block scripts): every
 * title that holds a "<" (only a tag can run script) is escaped, now and whenever
 * a title is set later, so that the HTML Material builds is the original text.
 * Material reads the title only when the tooltip first opens, after the observer
 * has run, and removes the attribute while its own tooltip is shown. */
(function () {
  "use strict";
  function asText(el) {
    var title = el.getAttribute("title");
    if (title && title.indexOf("<") !== -1) {
      el.setAttribute("title", title.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
    }
  }
  document.querySelectorAll("[title]").forEach(asText);
  new MutationObserver(function (changes) {
    changes.forEach(function (change) { asText(change.target); });
  }).observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ["title"] });
})();
