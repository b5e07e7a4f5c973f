// The consent's signature box: draw with a finger, a pen or the mouse. The strokes are
// kept as points in a 600 × 200 box and written, as JSON, into the hidden "strokes"
// input. Without this script the box stays hidden and the typed name is the signature.
(function () {
  var WIDTH = 600, HEIGHT = 200, MAX_POINTS = 3000;
  function setUp(pad) {
    if (pad.dataset.ready) return;
    pad.dataset.ready = "1";
    var form = pad.closest("form");
    var input = form.querySelector('input[name="strokes"]');
    var canvas = pad.querySelector("canvas");
    var context = canvas.getContext("2d");
    var strokes = [], current = null, points = 0;
    try { strokes = JSON.parse(input.value || "[]") || []; } catch (e) { strokes = []; }
    pad.hidden = false;

    function point(event) {
      var box = canvas.getBoundingClientRect();
      var x = (event.clientX - box.left) * WIDTH / box.width;
      var y = (event.clientY - box.top) * HEIGHT / box.height;
      return [Math.round(Math.min(WIDTH, Math.max(0, x)) * 10) / 10,
              Math.round(Math.min(HEIGHT, Math.max(0, y)) * 10) / 10];
    }
    function draw() {
      context.clearRect(0, 0, WIDTH, HEIGHT);
      context.lineWidth = 3;
      context.lineCap = "round";
      context.lineJoin = "round";
      context.strokeStyle = "#1b2a28";
      strokes.forEach(function (stroke) {
        context.beginPath();
        stroke.forEach(function (p, i) { if (i) context.lineTo(p[0], p[1]); else context.moveTo(p[0], p[1]); });
        if (stroke.length === 1) context.lineTo(stroke[0][0] + 0.5, stroke[0][1]);
        context.stroke();
      });
    }
    function save() { input.value = strokes.length ? JSON.stringify(strokes) : ""; }

    canvas.addEventListener("pointerdown", function (event) {
      if (points >= MAX_POINTS) return;
      event.preventDefault();
      canvas.setPointerCapture(event.pointerId);
      current = [point(event)];
      strokes.push(current);
      points += 1;
      draw();
    });
    canvas.addEventListener("pointermove", function (event) {
      if (!current || points >= MAX_POINTS) return;
      current.push(point(event));
      points += 1;
      draw();
    });
    function end() { if (current) { current = null; save(); } }
    canvas.addEventListener("pointerup", end);
    canvas.addEventListener("pointercancel", end);
    pad.querySelector("[data-signature-clear]").addEventListener("click", function () {
      strokes = []; points = 0; save(); draw();
    });
    draw();
  }
  function setUpAll(root) { root.querySelectorAll("[data-signature-pad]").forEach(setUp); }
  document.addEventListener("DOMContentLoaded", function () { setUpAll(document); });
  document.addEventListener("htmx:load", function (event) { setUpAll(event.target); });
})();
