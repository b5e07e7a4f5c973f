// Hold timer for the client portal: "Start a 10-second hold" counts the hold down on
// screen, then repeats it for the prescribed repetitions with a short rest between.
// Without this script the page shows the hold time as text and the button stays hidden.
// Its words come translated from the page: data-text-* on the list of timers
// ([data-hold-texts]), once for all of them, with {round} and {count} filled in here.
(function () {
  var REST_SECONDS = 3;

  function say(timer, name, values) {
    var texts = timer.closest("[data-hold-texts]") || timer;
    return (texts.dataset[name] || "").replace(/\{(\w+)\}/g, function (whole, key) {
      return values && key in values ? String(values[key]) : whole;
    });
  }

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
        if (repetitions > 1) return say(timer, "textAllDone", { count: repetitions });
        return say(timer, "textDone");
      }

      function run(phase, round) {
        var length = phase === "hold" ? seconds : REST_SECONDS;
        var endsAt = Date.now() + length * 1000;
        timer.classList.toggle("is-resting", phase === "rest");
        if (phase === "rest") {
          status.textContent = say(timer, "textRest");
        } else if (repetitions > 1) {
          status.textContent = say(timer, "textRound", { round: round, count: repetitions });
        } else {
          status.textContent = say(timer, "textHold");
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
          stop(say(timer, "textStopped"));
          return;
        }
        button.textContent = say(timer, "textStop");
        timer.classList.add("is-running");
        run("hold", 1);
      });
      button.hidden = false;
    });
  }

  document.addEventListener("DOMContentLoaded", function () { setUp(document); });
  document.addEventListener("htmx:load", function (event) { setUp(event.target); });
})();
