// The program page without a connection. On the portal home, this script
// - registers the portal's service worker (/portal/sw.js), which keeps the page, its
//   pictures, the CSS, htmx and the hold timer for this client alone;
// - keeps a "Done today" ticked offline in IndexedDB, shows it on its card with an Undo,
//   and sends it when the connection returns, with a key made here so that sending it
//   again never logs it twice;
// - says when the page was last updated, and when a new program replaced the kept one;
// - empties the caches and the queue at sign-out, after sending what it can.
// Where it does not run (JavaScript off, no service workers) the page works as before.
// Its words come translated from the page: data-text-* on #offline-status
// (templates/portal/includes/offline.html), with {name}-style blanks filled in here.
(function () {
  "use strict";
  var status = document.getElementById("offline-status");
  if (!status || !("serviceWorker" in navigator) || !window.indexedDB || !window.caches) return;
  if (!window.crypto || !crypto.randomUUID) return;

  var owner = status.dataset.offlineCache;
  var zone = status.dataset.offlineZone;
  var ZERO_KEY = "00000000-0000-0000-0000-000000000000";
  var DONE = /\/items\/([0-9a-f-]{36})\/done\/$/;
  var UNDO = /\/items\/([0-9a-f-]{36})\/undo\/$/;
  var DB_NAME = "bodywork-offline";
  var RETRY_MS = 30000;
  var originals = new Map(); // a card's log area -> its form, to put back after an Undo
  var NOTE_LIMIT = 500;

  function say(name, values) {
    return (status.dataset[name] || "").replace(/\{(\w+)\}/g, function (whole, key) {
      return values && key in values ? String(values[key]) : whole;
    });
  }

  // IndexedDB: "queue" holds the ticks not sent yet, "meta" what this device last saw.
  function openDb() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore("queue", { keyPath: "key" });
        request.result.createObjectStore("meta", { keyPath: "name" });
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function inStore(name, mode, work) {
    return openDb().then(function (db) {
      return new Promise(function (resolve, reject) {
        var transaction = db.transaction(name, mode);
        var request = work(transaction.objectStore(name));
        transaction.oncomplete = function () { db.close(); resolve(request && request.result); };
        transaction.onerror = transaction.onabort = function () { db.close(); reject(transaction.error); };
      });
    });
  }

  var queue = {
    all: function () {
      return inStore("queue", "readonly", function (store) { return store.getAll(); })
        .then(function (rows) { return rows.filter(function (row) { return row.owner === owner; }); });
    },
    add: function (entry) { return inStore("queue", "readwrite", function (store) { return store.put(entry); }); },
    remove: function (key) { return inStore("queue", "readwrite", function (store) { return store.delete(key); }); },
  };
  var meta = {
    get: function (name) {
      return inStore("meta", "readonly", function (store) { return store.get(name); })
        .then(function (row) { return row ? row.value : undefined; });
    },
    set: function (name, value) {
      return inStore("meta", "readwrite", function (store) { return store.put({ name: name, value: value }); });
    },
  };

  // What another client left on this device goes before anything of this one shows.
  function claimDevice() {
    return meta.get("owner").then(function (previous) {
      if (previous === undefined || previous === owner) return meta.set("owner", owner);
      return inStore("queue", "readwrite", function (store) { return store.clear(); })
        .then(function () { return inStore("meta", "readwrite", function (store) { return store.clear(); }); })
        .then(function () { return meta.set("owner", owner); });
    });
  }

  function noticeNewProgram() {
    var version = status.dataset.offlineVersion;
    return meta.get("version").then(function (seen) {
      if (seen && version && seen !== version) status.querySelector("[data-program-updated]").hidden = false;
      return meta.set("version", version);
    });
  }

  function dayOf(isoTime) {
    return new Intl.DateTimeFormat("en-CA", { timeZone: zone }).format(new Date(isoTime));
  }

  function itemKey(form, pattern) {
    var match = form && form.getAttribute && pattern.exec(form.getAttribute("action") || "");
    return match ? match[1] : null;
  }

  function logAreaOf(key) {
    var queued = document.querySelector('.item-log[data-offline-queued="' + key + '"]');
    if (queued) return queued;
    var form = document.querySelector('form[action$="/items/' + key + '/done/"], form[action$="/items/' + key + '/undo/"]');
    return form ? form.closest(".item-log") : null;
  }

  function nameOf(area) {
    var heading = area.closest("li").querySelector("h2");
    return heading ? heading.textContent.trim() : say("textThisExercise");
  }

  function line(className, text) {
    var paragraph = document.createElement("p");
    paragraph.className = className;
    paragraph.textContent = text;
    return paragraph;
  }

  // The card of a tick kept on the device: what was ticked, that it waits, and an Undo.
  function showQueued(area, entry) {
    if (!originals.has(area)) originals.set(area, area.innerHTML);
    area.dataset.offlineQueued = entry.item;
    var pain = entry.pain !== "" ? " · " + say("textPain", { pain: entry.pain }) : "";
    var done = line("done-today", " " + say("textDoneToday") + pain);
    var tick = document.createElement("span");
    tick.setAttribute("aria-hidden", "true");
    tick.textContent = "✓";
    done.prepend(tick);
    var undo = document.createElement("button");
    undo.type = "button";
    undo.className = "button small";
    undo.textContent = say("textUndo");
    undo.setAttribute("aria-label", say("textUndoLabel", { name: nameOf(area) }));
    undo.addEventListener("click", function () {
      queue.remove(entry.key).then(function () {
        putBack(area);
        var button = area.querySelector("button[type=submit]");
        if (button) button.focus();
      });
    });
    var parts = [done];
    if (entry.comment) parts.push(line("muted", "“" + entry.comment + "”"));
    parts.push(line("muted queued", say("textKept")));
    parts.push(undo);
    area.replaceChildren.apply(area, parts);
    undo.focus();
  }

  function putBack(area, html) {
    var before = originals.get(area);
    originals.delete(area);
    delete area.dataset.offlineQueued;
    if (html === undefined && before === undefined) return;
    area.innerHTML = html !== undefined ? html : before;
    if (window.htmx) htmx.process(area);
  }

  function problem(message) {
    var box = status.querySelector("[data-offline-problems]");
    box.append(line("", message));
    box.hidden = false;
  }

  function showFormError(form, message) {
    var old = form.querySelector(".offline-error");
    if (old) old.remove();
    var error = line("form-errors offline-error", message);
    error.setAttribute("role", "alert");
    form.prepend(error);
    var details = form.querySelector("details");
    if (details) details.open = true;
  }

  function queueTick(form, key) {
    var pain = (form.elements.pain ? form.elements.pain.value : "").trim();
    var comment = form.elements.comment ? form.elements.comment.value : "";
    if (pain !== "" && !/^(10|[0-9])$/.test(pain)) return showFormError(form, say("textPainScale"));
    if (comment.length > NOTE_LIMIT) {
      return showFormError(form, say("textTooLong", { limit: NOTE_LIMIT, count: comment.length }));
    }
    var entry = {
      key: crypto.randomUUID(), owner: owner, item: key,
      doneAt: new Date().toISOString(), pain: pain, comment: comment,
    };
    var area = form.closest(".item-log");
    queue.add(entry).then(function () { showQueued(area, entry); });
  }

  // Offline, a "Done today" goes to the queue instead of the network; so does one whose
  // request could not be sent. An Undo of a tick the server has needs the connection.
  function offline(form) {
    var key = itemKey(form, DONE);
    if (key) return queueTick(form, key), true;
    if (itemKey(form, UNDO)) {
      showFormError(form, say("textUndoOffline"));
      return true;
    }
    return false;
  }

  document.addEventListener("htmx:beforeRequest", function (event) {
    if (!navigator.onLine && offline(event.detail.elt)) event.preventDefault();
  });
  document.addEventListener("htmx:sendError", function (event) { offline(event.detail.elt); });

  function csrfToken() {
    try {
      return JSON.parse(document.body.getAttribute("hx-headers"))["X-CSRFToken"];
    } catch (error) {
      return "";
    }
  }

  var sending = null;

  // Sends the queue, oldest first; stops at the first tick the network did not take.
  function flush() {
    if (sending) return sending;
    sending = queue.all().then(function (entries) {
      entries.sort(function (a, b) { return a.doneAt < b.doneAt ? -1 : 1; });
      return entries.reduce(function (previous, entry) {
        return previous.then(function () { return send(entry); });
      }, Promise.resolve());
    }).catch(function () {
      // Not sent this time; the ticks wait in the queue for the next try.
    }).finally(function () { sending = null; });
    return sending;
  }

  function send(entry) {
    var body = new FormData();
    body.append("key", entry.key);
    body.append("done_at", entry.doneAt);
    body.append("pain", entry.pain);
    body.append("comment", entry.comment);
    var url = status.dataset.offlineSync.replace(ZERO_KEY, entry.item);
    return fetch(url, {
      method: "POST", body: body, credentials: "same-origin", redirect: "error",
      headers: { "X-CSRFToken": csrfToken() },
    }).then(function (response) {
      var json = (response.headers.get("Content-Type") || "").indexOf("application/json") === 0;
      if (!json) throw new Error("Not sent: " + response.status);
      return response.json().then(function (answer) {
        return queue.remove(entry.key).then(function () { settled(entry, answer); });
      });
    });
  }

  function settled(entry, answer) {
    var area = logAreaOf(entry.item);
    var shown = area && originals.has(area);
    if (answer.status === "saved" || answer.status === "kept") {
      if (shown && answer.html) putBack(area, answer.html);
      else if (shown) putBack(area);
    } else {
      if (shown) putBack(area);
      problem(answer.message || say("textNotKept"));
    }
  }

  function showQueuedOfToday() {
    var today = dayOf(new Date().toISOString());
    return queue.all().then(function (entries) {
      entries.forEach(function (entry) {
        var area = logAreaOf(entry.item);
        if (area && dayOf(entry.doneAt) === today) showQueued(area, entry);
      });
    });
  }

  function showConnection() {
    status.querySelector("[data-offline-note]").hidden = navigator.onLine;
    if (navigator.onLine) flush();
  }

  // Sign-out: send what can be sent, then leave nothing of this client on the device.
  function forget() {
    var worker = navigator.serviceWorker.controller;
    if (worker) worker.postMessage({ type: "forget" });
    return Promise.all([
      caches.keys().then(function (names) { return Promise.all(names.map(function (name) { return caches.delete(name); })); }),
      new Promise(function (resolve) {
        var request = indexedDB.deleteDatabase(DB_NAME);
        request.onsuccess = request.onerror = request.onblocked = function () { resolve(); };
      }),
    ]).catch(function () {});
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (new URL(form.action, location.href).pathname !== status.dataset.offlineLogout) return;
    event.preventDefault();
    if (!navigator.onLine) {
      problem(say("textSignOutOffline"));
      return;
    }
    flush().then(forget).then(function () { form.submit(); });
  });

  function register() {
    return navigator.serviceWorker.register(status.dataset.offlineWorker, { scope: status.dataset.offlineScope })
      .then(function () { return navigator.serviceWorker.ready; })
      .then(function (registration) {
        status.querySelector("[data-offline-updated]").hidden = false;
        if (!navigator.serviceWorker.controller && navigator.onLine && registration.active) {
          var pictures = Array.prototype.map.call(document.querySelectorAll(".program img"), function (img) { return img.src; });
          registration.active.postMessage({ type: "keep", pictures: pictures });
        }
      })
      .catch(function () {
        // Without the worker the page still works online, as it always has.
      });
  }

  claimDevice()
    .then(noticeNewProgram)
    .then(showQueuedOfToday)
    .then(function () {
      showConnection();
      window.addEventListener("online", showConnection);
      window.addEventListener("offline", showConnection);
      setInterval(function () { if (navigator.onLine) flush(); }, RETRY_MS);
      return register();
    })
    .catch(function () {});
})();
