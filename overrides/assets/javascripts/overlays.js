/* Back closes the search or the menu, as a reader on a phone expects of something that
 * covers the page, instead of leaving the page behind it. Material opens both with a
 * checkbox (#__search, #__drawer) and leaves the history alone, so Back went to the page
 * before. Here opening either adds one history entry for this page; closing it in any way
 * (its button, the shade, Escape, Material itself) takes that entry back, so a later Back
 * leaves the page as before; Back while it is open only closes it. A link followed from
 * inside it takes the entry's place, so Back from the page it opens comes straight back
 * here, with nothing open. Material and search.js change the boxes by click(), so every
 * change arrives here as a "change" event. No library does this for Material's toggles;
 * it is the pattern of the HTML spec's history API (pushState, popstate) and nothing more. */
(function () {
  "use strict";
  var KEY = "samverkanOverlay";
  var toggles = ["__search", "__drawer"].map(function (id) { return document.getElementById(id); })
    .filter(Boolean);
  if (!toggles.length || !window.history || !window.history.pushState) return;
  var undoing = false;    /* closing because of Back: the entry is gone already */

  function ours() { return !!(window.history.state && window.history.state[KEY]); }
  function anyOpen() { return toggles.some(function (t) { return t.checked; }); }

  function withKey(id) {
    var state = {};
    var old = window.history.state;
    if (old && typeof old === "object") Object.keys(old).forEach(function (k) { state[k] = old[k]; });
    state[KEY] = id;
    return state;
  }

  function withoutKey() {
    var state = {};
    var old = window.history.state;
    Object.keys(old).forEach(function (k) { if (k !== KEY) state[k] = old[k]; });
    return Object.keys(state).length ? state : null;
  }

  function closeAll() {
    undoing = true;
    try { toggles.forEach(function (t) { if (t.checked) t.click(); }); } finally { undoing = false; }
  }

  toggles.forEach(function (toggle) {
    toggle.addEventListener("change", function () {
      if (toggle.checked) {
        if (!ours()) window.history.pushState(withKey(toggle.id), "");
      } else if (!undoing && ours() && !anyOpen()) {
        window.history.back();
      }
    });
  });

  /* Back from an entry of ours closes what is open; Forward onto one opens it again. */
  function follow() {
    if (!ours()) { if (anyOpen()) closeAll(); return; }
    if (!anyOpen()) {
      var toggle = document.getElementById(window.history.state[KEY]);
      if (toggle && !toggle.checked) toggle.click();
    }
  }
  window.addEventListener("popstate", follow);
  /* A page shown again from the back/forward cache: the same. A page loaded anew (a reload
     with the search open keeps the entry's state) opens nothing by itself: the entry becomes
     a plain one, and the reader starts on the page as on any load. */
  window.addEventListener("pageshow", function (ev) {
    if (ev.persisted) follow();
    else if (ours()) window.history.replaceState(withoutKey(), "");
  });

  /* A link followed from the open search or menu replaces the entry of ours. */
  document.addEventListener("click", function (ev) {
    if (!ours() || ev.defaultPrevented || ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey) return;
    var a = ev.target.closest && ev.target.closest("a[href]");
    if (!a || (a.target && a.target !== "_self") || a.hasAttribute("download")) return;
    if (!a.closest("[data-samverkan-search], .md-sidebar--primary")) return;
    var to = new URL(a.href, window.location.href);
    if (to.origin !== window.location.origin) return;
    ev.preventDefault();
    window.location.replace(to.href);
  });
})();
