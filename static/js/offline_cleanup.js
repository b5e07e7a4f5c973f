// Pages for anyone but a signed-in client: the portal's offline copy of a client's program
// (static/js/offline.js, /portal/sw.js) must not outlive their visit on a shared browser.
// The sign-in page drops the kept pages; a practitioner's page drops the queue of unsent
// ticks too. (Signing out drops everything, through the Clear-Site-Data header.)
(function () {
  "use strict";
  var script = document.currentScript;
  var signedIn = script && script.dataset.signedIn === "yes";
  if (window.caches) {
    caches.keys().then(function (names) {
      names.forEach(function (name) {
        if (name.indexOf("bodywork-") === 0) caches.delete(name);
      });
    }).catch(function () {});
  }
  if (signedIn && window.indexedDB) indexedDB.deleteDatabase("bodywork-offline");
})();
