/* Catalogue filters and order: show the cards that match focus, county, status and
 * evidence, in the order chosen, with no page reload. The choice is kept in the
 * address (?focus=work&sort=period), so Back, reload, a bookmark or a shared link
 * show the same view. Without JavaScript the form stays hidden and every card shows. */
(function () {
  "use strict";
  var FILTERS = ["focus", "county", "status", "evidence"];
  var ORDERS = {
    name: function (a, b) { return a.index - b.index; },
    period: function (a, b) {
      var x = a.card.dataset.start, y = b.card.dataset.start;
      if (x !== y) return !x ? 1 : !y ? -1 : (x < y ? 1 : -1);
      return a.index - b.index;
    },
    evidence: function (a, b) {
      return (Number(a.card.dataset.strength) - Number(b.card.dataset.strength)) || a.index - b.index;
    }
  };

  document.querySelectorAll(".catalogue").forEach(function (catalogue) {
    var form = catalogue.querySelector(".catalogue__filters");
    var list = catalogue.querySelector(".catalogue__cards");
    var cards = Array.prototype.slice.call(catalogue.querySelectorAll(".card")).map(function (card, index) {
      return { card: card, index: index };
    });
    var status = catalogue.querySelector(".catalogue__count");
    if (!form) return;
    form.hidden = false;

    function matches(card) {
      var f = form.elements;
      return (!f.focus.value || card.dataset.focus.split(" ").indexOf(f.focus.value) >= 0) &&
        (!f.county.value || card.dataset.county === f.county.value) &&
        (!f.status.value || card.dataset.status === f.status.value) &&
        (!f.evidence.value || card.dataset.evidence === f.evidence.value);
    }

    function apply() {
      var shown = 0;
      var order = ORDERS[form.elements.sort.value] || ORDERS.name;
      cards.slice().sort(order).forEach(function (entry) {
        var ok = matches(entry.card);
        entry.card.hidden = !ok;
        if (ok) shown += 1;
        list.appendChild(entry.card);
      });
      status.textContent = shown === 0 ? status.dataset.empty :
        status.dataset.template.replace("{n}", shown).replace("{total}", cards.length);
    }

    /* The form as the address says it; a value the form does not offer is left out. */
    function fromAddress() {
      var query = new URLSearchParams(window.location.search);
      FILTERS.concat(["sort"]).forEach(function (name) {
        var select = form.elements[name];
        var wanted = query.get(name) || "";
        var known = Array.prototype.some.call(select.options, function (o) { return o.value === wanted; });
        select.value = known ? wanted : select.options[0].value;
      });
      apply();
    }

    function toAddress() {
      var query = new URLSearchParams(window.location.search);
      FILTERS.concat(["sort"]).forEach(function (name) {
        var value = form.elements[name].value;
        if (value && value !== form.elements[name].options[0].value) query.set(name, value); else query.delete(name);
      });
      var search = query.toString();
      window.history.replaceState(window.history.state, "",
        window.location.pathname + (search ? "?" + search : "") + window.location.hash);
    }

    form.addEventListener("change", function () { apply(); toAddress(); });
    form.addEventListener("reset", function () { window.setTimeout(function () { apply(); toAddress(); }, 0); });
    /* Back to this page from the browser's memory, with the form as it was left: trust the address. */
    window.addEventListener("pageshow", fromAddress);
    fromAddress();
  });
})();

/* Comparison: the reader picks which examples (columns) to compare.
 * Without JavaScript the choice stays hidden and every column shows. */
(function () {
  "use strict";
  var form = document.querySelector(".comparison__choose");
  var table = document.querySelector(".comparison table");
  if (!form || !table) return;
  form.hidden = false;
  function apply() {
    var boxes = form.querySelectorAll("input[type=checkbox]");
    boxes.forEach(function (box) {
      var column = Number(box.value) + 1;      /* the first column holds the row labels */
      table.querySelectorAll("tr > :nth-child(" + column + ")").forEach(function (cell) {
        cell.hidden = !box.checked;
      });
    });
  }
  form.addEventListener("change", apply);
  /* Back to the page: the browser gives the boxes their ticks again, but not the columns */
  window.addEventListener("pageshow", apply);
  apply();
})();
