/* Material's bundle fetches "sitemap.xml" next to every <link rel="alternate">,
 * expecting them to point at language roots. Ours point at the same page in the
 * other language (as hreflang should), so those fetches would all fail with 404.
 * This runs before the page's DOMContentLoaded, when the bundle reads the links;
 * the HTML keeps its hreflang links for search engines. */
document.querySelectorAll('link[rel="alternate"][hreflang]').forEach(function (link) {
  link.setAttribute("rel", "alternate hreflang");
});

/* The language switcher keeps the section the reader is at: a law page's provisions
 * (#K2P7) and the checklists' items have the same ids in both languages. A section the
 * other page lacks leaves the reader at its top, as before. Numbered citation anchors
 * (#cite-4) count another language's citations, so they are left out. */
(function () {
  function keepSection() {
    var hash = /^#(?!cite-|__)[\w.:-]+$/.test(window.location.hash) ? window.location.hash : "";
    document.querySelectorAll("a.md-select__link[hreflang]").forEach(function (link) {
      var href = link.getAttribute("href") || "";
      var wanted = href.split("#")[0] + hash;     /* the address stays as written, relative */
      if (href !== wanted) link.setAttribute("href", wanted);
    });
  }
  document.addEventListener("DOMContentLoaded", keepSection);
  window.addEventListener("hashchange", keepSection);
})();
