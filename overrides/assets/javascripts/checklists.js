/* Checklists: ticks are remembered in this browser (localStorage) and the
 * "Rensa / Clear" button clears them. A tick is stored under the item's source
 * page and anchor (data-tick), so ticking it on the topic sheet ticks it on its
 * own page too. "Skriv ut / Print" prints the one checklist, with lines for the
 * meeting. Without JavaScript the checkboxes still work, they are just not remembered. */
(function () {
  "use strict";
  var store = null;
  try {
    store = window.localStorage;
    store.setItem("samverkan-test", "1");
    store.removeItem("samverkan-test");
  } catch (err) {
    store = null;   /* storage blocked (private mode, policy): ticks last until reload */
  }
  var lang = document.documentElement.lang || "sv";
  function key(box) {
    return "samverkan-checklist:" + lang + ":" + (box.dataset.tick || window.location.pathname + "#" + box.id);
  }

  function printing(block) {
    document.body.classList.add("print-one");
    block.classList.add("checklist--printing");
    window.addEventListener("afterprint", function done() {
      document.body.classList.remove("print-one");
      block.classList.remove("checklist--printing");
      window.removeEventListener("afterprint", done);
    });
    window.print();
  }

  document.querySelectorAll("[data-checklist]").forEach(function (block) {
    var boxes = Array.prototype.slice.call(block.querySelectorAll("input.checklist__box"));
    boxes.forEach(function (box) {
      if (store) box.checked = store.getItem(key(box)) === "1";
      box.addEventListener("change", function () {
        if (!store) return;
        if (box.checked) store.setItem(key(box), "1"); else store.removeItem(key(box));
      });
    });
    var print = block.querySelector(".checklist__print");
    if (print) {
      print.hidden = false;
      print.addEventListener("click", function () { printing(block); });
    }
    var clear = block.querySelector(".checklist__clear");
    if (!clear) return;
    clear.hidden = false;
    clear.addEventListener("click", function () {
      boxes.forEach(function (box) {
        box.checked = false;
        if (store) store.removeItem(key(box));
      });
      if (boxes[0]) boxes[0].focus();
    });
  });

  document.querySelectorAll("[data-print-page]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
