// The photo comparison: a horizontal grid and a plumb line over every photo, switched on
// with their checkboxes (or the G and P keys), and the second session laid over the first
// with a slider that fades one into the other. The words shown come from the page.
(function () {
  "use strict";

  function setUp(compare) {
    var toggles = compare.querySelectorAll("[data-toggle]");
    var slider = compare.querySelector("[data-fade]");
    var fadeControl = compare.querySelector(".fade-control");
    var fadeToggle = compare.querySelector("[data-fade-toggle]");
    var printButton = compare.querySelector("[data-print]");
    var pairs = compare.querySelectorAll("[data-pair]");
    var canFade = Array.prototype.some.call(pairs, function (pair) {
      return pair.querySelectorAll("img").length === 2;
    });

    function apply() {
      toggles.forEach(function (toggle) {
        compare.classList.toggle("show-" + toggle.dataset.toggle, toggle.checked);
      });
      var overlaid = compare.classList.contains("show-overlay");
      if (fadeControl) fadeControl.hidden = !overlaid;
      var value = slider ? Number(slider.value) : 0;
      compare.querySelectorAll(".compare-second img").forEach(function (img) {
        img.style.opacity = overlaid ? String(value / 100) : "";
      });
      if (slider) {
        var text = value === 0 ? slider.dataset.firstText
          : value === 100 ? slider.dataset.secondText
          : value + " " + slider.dataset.percentText;
        slider.setAttribute("aria-valuetext", text);
      }
    }

    toggles.forEach(function (toggle) { toggle.addEventListener("change", apply); });
    if (slider) slider.addEventListener("input", apply);
    if (fadeToggle && canFade) fadeToggle.hidden = false;
    if (printButton) {
      printButton.hidden = false;
      printButton.addEventListener("click", function () { window.print(); });
    }
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (target.closest && target.closest("input[type=text], textarea, select")) return;
      var name = { g: "grid", p: "plumb" }[event.key.toLowerCase()];
      if (!name) return;
      var toggle = compare.querySelector('[data-toggle="' + name + '"]');
      if (!toggle) return;
      toggle.checked = !toggle.checked;
      apply();
    });
    apply();
  }

  function start() {
    document.querySelectorAll("[data-photo-compare]").forEach(setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
