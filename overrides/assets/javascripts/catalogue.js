/* Catalogue filters: show the cards that match focus, county and status, with
 * no page reload. Without JavaScript the form stays hidden and every card shows. */
(function () {
  "use strict";
  document.querySelectorAll(".catalogue").forEach(function (catalogue) {
    var form = catalogue.querySelector(".catalogue__filters");
    var cards = Array.prototype.slice.call(catalogue.querySelectorAll(".card"));
    var status = catalogue.querySelector(".catalogue__count");
    if (!form) return;
    form.hidden = false;

    function apply() {
      var focus = form.elements.focus.value;
      var county = form.elements.county.value;
      var state = form.elements.status.value;
      var shown = 0;
      cards.forEach(function (card) {
        var ok = (!focus || card.dataset.focus.split(" ").indexOf(focus) >= 0) &&
          (!county || card.dataset.county === county) &&
          (!state || card.dataset.status === state);
        card.hidden = !ok;
        if (ok) shown += 1;
      });
      status.textContent = shown === 0 ? status.dataset.empty :
        status.dataset.template.replace("{n}", shown).replace("{total}", cards.length);
    }
    form.addEventListener("change", apply);
    form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
    apply();
  });
})();
