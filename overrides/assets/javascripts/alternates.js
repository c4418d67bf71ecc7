/* Material's bundle fetches "sitemap.xml" next to every <link rel="alternate">,
 * expecting them to point at language roots. Ours point at the same page in the
 * other language (as hreflang should), so those fetches would all fail with 404.
 * This runs before the page's DOMContentLoaded, when the bundle reads the links;
 * the HTML keeps its hreflang links for search engines. */
document.querySelectorAll('link[rel="alternate"][hreflang]').forEach(function (link) {
  link.setAttribute("rel", "alternate hreflang");
});
