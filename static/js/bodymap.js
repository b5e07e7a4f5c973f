// The body map: clicking a region on the figure ticks its row in the list beside it,
// and ticking a row highlights the region. The list of checkboxes is the real control,
// so the map works by keyboard and without this script too.
(function () {
  function setUp(root) {
    root.querySelectorAll("[data-bodymap]").forEach(function (map) {
      if (map.dataset.ready) return;
      map.dataset.ready = "1";
      map.classList.add("is-interactive");
      var checkbox = function (code) {
        return map.querySelector('[data-region-row="' + code + '"] input[type=checkbox]');
      };
      map.querySelectorAll(".region").forEach(function (region) {
        region.addEventListener("click", function () {
          var box = checkbox(region.dataset.region);
          if (!box) return;
          box.checked = !box.checked;
          box.dispatchEvent(new Event("change", { bubbles: true }));
          if (box.checked) {
            var intensity = box.closest("[data-region-row]").querySelector("input[type=number]");
            if (intensity) intensity.focus();
          } else {
            box.focus();
          }
        });
      });
      map.addEventListener("change", function (event) {
        var row = event.target.closest("[data-region-row]");
        if (!row || event.target.type !== "checkbox") return;
        var region = map.querySelector('.region[data-region="' + row.dataset.regionRow + '"]');
        if (region) region.classList.toggle("selected", event.target.checked);
      });
    });
  }
  document.addEventListener("DOMContentLoaded", function () { setUp(document); });
  document.addEventListener("htmx:load", function (event) { setUp(event.target); });
})();
