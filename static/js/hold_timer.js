// Hold timer for the client portal: "Start a 10-second hold" counts the hold down on
// screen, then repeats it for the prescribed repetitions with a short rest between.
// Without this script the page shows the hold time as text and the button stays hidden.
(function () {
  var REST_SECONDS = 3;

  function setUp(root) {
    root.querySelectorAll("[data-hold-timer]").forEach(function (timer) {
      if (timer.dataset.ready) return;
      timer.dataset.ready = "1";
      var seconds = parseInt(timer.dataset.seconds, 10);
      var repetitions = Math.max(1, parseInt(timer.dataset.repetitions, 10) || 1);
      var button = timer.querySelector("[data-start]");
      var count = timer.querySelector("[data-count]");
      var status = timer.querySelector("[data-status]");
      var startLabel = button.textContent;
      var ticker = null;

      function stop(message) {
        clearInterval(ticker);
        ticker = null;
        button.textContent = startLabel;
        timer.classList.remove("is-running", "is-resting");
        count.textContent = "";
        status.textContent = message;
      }

      function finished() {
        if (repetitions > 1) return "All " + repetitions + " holds done. Well done.";
        return "Hold done. Well done.";
      }

      function run(phase, round) {
        var length = phase === "hold" ? seconds : REST_SECONDS;
        var endsAt = Date.now() + length * 1000;
        timer.classList.toggle("is-resting", phase === "rest");
        if (phase === "rest") {
          status.textContent = "Come back out and rest.";
        } else if (repetitions > 1) {
          status.textContent = "Hold " + round + " of " + repetitions + ".";
        } else {
          status.textContent = "Hold.";
        }
        function tick() {
          var left = Math.ceil((endsAt - Date.now()) / 1000);
          if (left > 0) {
            count.textContent = String(left);
            return;
          }
          clearInterval(ticker);
          if (phase === "hold" && round < repetitions) run("rest", round);
          else if (phase === "rest") run("hold", round + 1);
          else stop(finished());
        }
        clearInterval(ticker);
        ticker = setInterval(tick, 200);
        tick();
      }

      button.addEventListener("click", function () {
        if (ticker) {
          stop("Stopped. Start again whenever you are ready.");
          return;
        }
        button.textContent = "Stop the hold";
        timer.classList.add("is-running");
        run("hold", 1);
      });
      button.hidden = false;
    });
  }

  document.addEventListener("DOMContentLoaded", function () { setUp(document); });
  document.addEventListener("htmx:load", function (event) { setUp(event.target); });
})();
