/* A tooltip shows text, never HTML. Material's content.tooltips reads an element's
 * title attribute and inserts it into the tooltip as HTML: a statute's name or a
 * glossary term holding "<img src=x onerror=...>" would run as script on hover or
 * focus. This runs before Material's bundle (overrides/main.html, block scripts)
 * and escapes every title that holds a "<" (only a tag can run script), so that the
 * HTML Material builds is the original text. Material removes the title attribute once it has
 * made the tooltip, so the browser's own tooltip never shows the escaped form. */
(function () {
  "use strict";
  function asText(value) {
    return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }
  document.querySelectorAll("[title]").forEach(function (el) {
    var title = el.getAttribute("title");
    if (title.indexOf("<") !== -1) el.setAttribute("title", asText(title));
  });
})();
