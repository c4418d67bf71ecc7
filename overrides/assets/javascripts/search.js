/* Search with Pagefind, in Material's search box.
 * The index is per language (Pagefind reads <html lang>), so a Swedish page
 * searches Swedish pages only; Swedish and English word forms are stemmed.
 * Keys: "/", "s" or "f" open search, arrows move through results, Escape closes. */
(function () {
  "use strict";
  var toggle = document.getElementById("__search");
  var box = document.querySelector("[data-samverkan-search]");
  var config = document.getElementById("__samverkan");
  if (!toggle || !box || !config) return;
  var settings = JSON.parse(config.textContent);
  var root = new URL(settings.root.replace(/\/?$/, "/"), window.location.href);
  var input = box.querySelector("[data-samverkan-search-input]");
  var list = box.querySelector("[data-samverkan-search-results]");
  var meta = box.querySelector("[data-samverkan-search-meta]");
  var button = document.querySelector('.md-header__button[for="__search"]');
  var loading = null;
  var latest = 0;
  var timer = null;

  function pagefind() {
    if (!loading) {
      loading = import(new URL("pagefind/pagefind.js", root).href).then(function (pf) {
        return pf.options({ baseUrl: root.pathname }).then(function () {
          pf.init();
          return pf;
        });
      });
    }
    return loading;
  }

  /* Pagefind stems the index, but when a page holds the exact inflected form
   * ("återfallet") it stops there and misses pages that say "återfall". On Swedish
   * pages the query is also searched in its base form, and the two lists merged. */
  var SUFFIXES = ["arnas", "ernas", "ornas", "hetens", "andet", "arens", "heten", "heter", "anden",
    "arna", "erna", "orna", "ande", "arne", "aste", "aren", "ades", "andes", "ens", "ets", "het",
    "ast", "are", "ade", "ern", "en", "et", "ar", "er", "or", "as", "es", "at", "ad", "a", "e", "s", "n", "t"];

  function baseForm(word) {
    var lower = word.toLowerCase();
    for (var i = 0; i < SUFFIXES.length; i++) {
      var end = SUFFIXES[i];
      if (lower.length - end.length >= 4 && lower.slice(-end.length) === end) return word.slice(0, -end.length);
    }
    return word;
  }

  function queries(query) {
    if (document.documentElement.lang !== "sv") return [query];
    var base = query.split(/\s+/).map(baseForm).join(" ");
    return base === query ? [query] : [query, base];
  }

  function merged(lists) {
    var best = {};
    lists.forEach(function (found) {
      (found ? found.results : []).forEach(function (r) {
        if (!best[r.id] || best[r.id].score < r.score) best[r.id] = r;
      });
    });
    return Object.keys(best).map(function (id) { return best[id]; })
      .sort(function (a, b) { return b.score - a.score; });
  }

  function say(text) { meta.textContent = text; }

  function count(n) {
    if (n === 0) return meta.dataset.none;
    if (n === 1) return meta.dataset.one;
    return meta.dataset.other.replace("#", String(n));
  }

  function show(results, query, serial) {
    return Promise.all(results.slice(0, 20).map(function (r) { return r.data(); })).then(function (pages) {
      if (serial !== latest) return;
      list.textContent = "";
      pages.forEach(function (page) {
        var item = document.createElement("li");
        item.className = "md-search-result__item";
        var link = document.createElement("a");
        link.className = "md-search-result__link";
        link.href = page.url;
        var article = document.createElement("article");
        article.className = "md-search-result__article md-typeset";
        var title = document.createElement("h1");
        title.textContent = (page.meta && page.meta.title) || page.url;
        var excerpt = document.createElement("p");
        excerpt.innerHTML = page.excerpt;   /* Pagefind escapes the text; only <mark> is markup */
        article.appendChild(title);
        article.appendChild(excerpt);
        link.appendChild(article);
        item.appendChild(link);
        list.appendChild(item);
      });
      say(count(results.length));
    });
  }

  function search() {
    var query = input.value.trim();
    var serial = ++latest;
    if (!query) {
      list.textContent = "";
      say(meta.dataset.initial);
      return;
    }
    pagefind().then(function (pf) {
      return Promise.all(queries(query).map(function (q) { return pf.search(q); }));
    }).then(function (lists) {
      if (serial === latest) return show(merged(lists), query, serial);
    }).catch(function () { say(meta.dataset.none); });
  }

  function open() {
    toggle.checked = true;
    pagefind();
    window.setTimeout(function () { input.focus(); }, 0);
  }

  function close() {
    toggle.checked = false;
    input.blur();
    if (button) button.focus();
  }

  function typing(el) {
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }

  if (button) {
    button.setAttribute("tabindex", "0");
    button.setAttribute("role", "button");
    button.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); open(); }
    });
  }
  toggle.addEventListener("change", function () { if (toggle.checked) open(); });
  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(search, 120);
  });
  box.querySelector("form").addEventListener("reset", function () {
    window.setTimeout(function () { search(); input.focus(); }, 0);
  });
  box.querySelector("form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var first = list.querySelector("a");
    if (first) window.location.href = first.href;
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (!toggle.checked) {
      if ((ev.key === "/" || ev.key === "s" || ev.key === "f") && !typing(document.activeElement)) {
        ev.preventDefault();
        open();
      }
      return;
    }
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    var at = links.indexOf(document.activeElement);
    if (ev.key === "Escape") {
      ev.preventDefault();
      close();
    } else if (ev.key === "ArrowDown" && links.length) {
      ev.preventDefault();
      links[Math.min(at + 1, links.length - 1)].focus();
    } else if (ev.key === "ArrowUp" && links.length) {
      ev.preventDefault();
      if (at <= 0) input.focus(); else links[at - 1].focus();
    }
  }, true);
})();
