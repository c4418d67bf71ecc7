/* Checklists: ticks are remembered in this browser (localStorage, per page and
 * item) and the "Rensa / Clear" button clears them. Without JavaScript the
 * checkboxes still work, they are just not remembered. */
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
  function key(box) { return "samverkan-checklist:" + window.location.pathname + "#" + box.id; }

  document.querySelectorAll("[data-checklist]").forEach(function (block) {
    var boxes = Array.prototype.slice.call(block.querySelectorAll("input.checklist__box"));
    boxes.forEach(function (box) {
      if (store) box.checked = store.getItem(key(box)) === "1";
      box.addEventListener("change", function () {
        if (!store) return;
        if (box.checked) store.setItem(key(box), "1"); else store.removeItem(key(box));
      });
    });
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
})();
