/* Search with Pagefind, in Material's search box.
 * The index is per language (Pagefind reads <html lang>), so a Swedish page
 * searches Swedish pages only. What Pagefind does itself is left to it: the
 * debounced search, section results (sub_results), the kind filter, the
 * highlighting on the page opened (?highlight=). What it lacks for Swedish
 * (base forms, see below) is added here.
 * Open: click or focus the box, or the keys "/", "s", "f". Arrows move through
 * results, Enter opens the first result of the final query, Escape closes. */
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
  var kind = box.querySelector("[data-samverkan-search-kind]");
  var more = box.querySelector("[data-samverkan-search-more]");
  var button = document.querySelector('.md-header__button[for="__search"]');
  var PAGE = 10;          /* results drawn at a time; "Show more" draws the next ones */
  var SECTIONS = 3;       /* section results under a page result */
  var HIGHLIGHT = "highlight";
  var loading = null;
  var latest = 0;
  var found = [];         /* the merged results of the latest query */
  var drawn = 0;

  function pagefind() {
    if (!loading) {
      loading = import(new URL("pagefind/pagefind.js", root).href).then(function (pf) {
        return pf.options({ baseUrl: root.pathname, highlightParam: HIGHLIGHT }).then(function () {
          pf.init();
          fillKinds(pf);
          return pf;
        });
      });
    }
    return loading;
  }

  function fillKinds(pf) {
    pf.filters().then(function (filters) {
      var kinds = Object.keys((filters && filters.kind) || {}).sort();
      kinds.forEach(function (name) {
        var option = document.createElement("option");
        option.value = option.textContent = name;
        kind.appendChild(option);
      });
      kind.closest("p").hidden = kinds.length < 2;
    });
  }

  /* Pagefind stems the index, but when a page holds the exact inflected form
   * ("återfallet") it stops there and misses pages that say "återfall"; and the
   * Snowball stemmer keeps "frigivning" whole, so it never meets "frigivna". On
   * Swedish pages the query is also searched in its base form (Pagefind matches
   * word beginnings, so "frigiv" finds both), and the two lists merged. */
  var SUFFIXES = ["ningarnas", "ningarna", "ningens", "ningar", "ningen", "ning",
    "arnas", "ernas", "ornas", "hetens", "andet", "arens", "heten", "heter", "anden",
    "arna", "erna", "orna", "ande", "arne", "aste", "aren", "ades", "andes", "ens", "ets", "het",
    "ast", "are", "ade", "ern", "en", "et", "ar", "er", "or", "as", "es", "at", "ad", "na",
    "a", "e", "s", "n", "t"];

  function baseForm(word) {
    var lower = word.toLowerCase();
    for (var i = 0; i < SUFFIXES.length; i++) {
      var end = SUFFIXES[i];
      if (lower.length - end.length >= 4 && lower.slice(-end.length) === end) return word.slice(0, -end.length);
    }
    return word;
  }

  function baseQuery(query) {
    if (document.documentElement.lang !== "sv") return null;
    var base = query.split(/\s+/).map(baseForm).join(" ");
    return base === query ? null : base;
  }

  function merged(lists) {
    var best = {};
    lists.forEach(function (answer) {
      (answer ? answer.results : []).forEach(function (r) {
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

  function article(heading, title, excerpt, label) {
    var art = document.createElement("article");
    art.className = "md-search-result__article md-typeset";
    if (label) {
      var tag = document.createElement("p");
      tag.className = "samverkan-search__kind";
      tag.textContent = label;
      art.appendChild(tag);
    }
    var h = document.createElement(heading);
    h.textContent = title;
    var p = document.createElement("p");
    p.innerHTML = excerpt;   /* Pagefind escapes the text; only <mark> is markup */
    art.appendChild(h);
    art.appendChild(p);
    return art;
  }

  function link(href, child) {
    var a = document.createElement("a");
    a.className = "md-search-result__link";
    a.href = href;
    a.appendChild(child);
    return a;
  }

  function item(page) {
    var li = document.createElement("li");
    li.className = "md-search-result__item";
    var label = page.filters && page.filters.kind ? page.filters.kind[0] : "";
    var title = (page.meta && page.meta.title) || page.url;
    li.appendChild(link(page.url, article("h1", title, page.excerpt, label)));
    var sections = (page.sub_results || []).filter(function (s) { return s.url.indexOf("#") > 0 && s.title !== title; });
    if (sections.length) {
      var inner = document.createElement("ul");
      inner.className = "samverkan-search__sections";
      inner.setAttribute("aria-label", list.dataset.sections + ": " + title);
      sections.slice(0, SECTIONS).forEach(function (s) {
        var sub = document.createElement("li");
        sub.appendChild(link(s.url, article("h2", s.title, s.excerpt)));
        inner.appendChild(sub);
      });
      li.appendChild(inner);
    }
    return li;
  }

  /* Draws the next PAGE results of the latest query. */
  function draw(serial) {
    var next = found.slice(drawn, drawn + PAGE);
    return Promise.all(next.map(function (r) { return r.data(); })).then(function (pages) {
      if (serial !== latest) return;
      pages.forEach(function (page) { list.appendChild(item(page)); });
      drawn += pages.length;
      var left = found.length - drawn;
      more.hidden = left <= 0;
      more.textContent = more.dataset.template.replace("{n}", String(Math.min(left, PAGE)));
    });
  }

  /* Searches for what is in the box now. "now" skips Pagefind's debounce (Enter). */
  function search(now) {
    var query = input.value.trim();
    var serial = ++latest;
    var filters = kind.value ? { kind: kind.value } : {};
    if (!query) {
      found = []; drawn = 0;
      list.textContent = "";
      more.hidden = true;
      say(meta.dataset.initial);
      return Promise.resolve(serial);
    }
    return pagefind().then(function (pf) {
      var first = now ? pf.search(query, { filters: filters }) : pf.debouncedSearch(query, { filters: filters }, 150);
      return first.then(function (answer) {
        if (answer === null || serial !== latest) return null;   /* a newer query took over */
        var base = baseQuery(query);
        return (base ? pf.search(base, { filters: filters }) : Promise.resolve(null)).then(function (extra) {
          return [answer, extra];
        });
      });
    }).then(function (lists) {
      if (!lists || serial !== latest) return null;
      found = merged(lists);
      drawn = 0;
      list.textContent = "";
      return draw(serial).then(function () {
        if (serial === latest) say(count(found.length));
        return serial;
      });
    }).catch(function () { if (serial === latest) say(meta.dataset.none); });
  }

  /* The box is changed by click(), as Material changes it, so that the "change" event
     reaches every listener (overlays.js keeps Back in step with it). */
  function open() {
    if (!toggle.checked) toggle.click();
    pagefind();
  }

  /* Focus moves at once, in the same key event: a letter typed right after "/" lands in the box. */
  function openAndFocus() {
    open();
    input.focus();
  }

  function visible(el) { return el && el.getClientRects().length > 0; }

  /* Where a keyboard shortcut ("/", "s", "f") was pressed: Escape goes back there, so the
     next key is read by the page again, not typed into the box. */
  var returnTo = null;

  function close() {
    if (toggle.checked) toggle.click();
    var back = returnTo;
    returnTo = null;
    if (back) {
      if (back !== document.body && document.contains(back)) back.focus(); else input.blur();
      return;
    }
    /* On a phone the magnifier opened the dialog; on a desktop the box stays where it is. */
    if (visible(button)) button.focus(); else input.focus();
  }

  function typing(el) {
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }

  if (button) {
    button.setAttribute("tabindex", "0");
    button.setAttribute("role", "button");
    button.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); openAndFocus(); }
    });
  }
  toggle.addEventListener("change", function () { if (toggle.checked) openAndFocus(); });
  input.addEventListener("focus", open);
  input.addEventListener("click", open);
  input.addEventListener("input", function () {
    open();
    search(false);
  });
  kind.addEventListener("change", function () { search(true); });
  more.addEventListener("click", function () {
    var at = list.querySelectorAll(":scope > li").length;
    draw(latest).then(function () {
      var first = list.querySelectorAll(":scope > li")[at];
      if (first) first.querySelector("a").focus();
    });
  });
  box.querySelector("form").addEventListener("reset", function () {
    window.setTimeout(function () { search(true); input.focus(); }, 0);
  });
  box.querySelector("form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    /* Enter opens the first result of what is typed, not of a query still on its way. */
    var typed = input.value.trim();
    search(true).then(function () {
      var first = list.querySelector("a");
      if (first && input.value.trim() === typed) first.click();    /* as a reader's click: overlays.js sees it */
    });
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (!toggle.checked) {
      if ((ev.key === "/" || ev.key === "s" || ev.key === "f") && !typing(document.activeElement)) {
        ev.preventDefault();
        returnTo = document.activeElement || document.body;
        openAndFocus();
        input.select();       /* a new query replaces the last one */
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

  /* The page opened from a result: Pagefind's own script marks the words searched for. */
  if (new URLSearchParams(window.location.search).has(HIGHLIGHT)) {
    import(new URL("pagefind/pagefind-highlight.js", root).href).then(function (mod) {
      new mod.default({ highlightParam: HIGHLIGHT, addStyles: false });
      var mark = document.querySelector("mark.pagefind-highlight");
      if (mark && !window.location.hash) mark.scrollIntoView({ block: "center" });
    });
  }
})();
