// The portal's service worker, version __VERSION__ (a hash of this file as served).
//
// What it keeps, and where:
// - The site's own CSS and scripts (htmx, the hold timer, the offline script) in a cache
//   of this version, shared by whoever uses the browser: nothing personal is in them.
// - The signed-in client's program page and its pictures in a cache of that client's own,
//   named by the page's X-Offline-Cache header. A page without that header (any
//   practitioner page, the sign-in page, every other portal page) is never kept.
// Signing out empties every cache and the queue of unsent ticks (static/js/offline.js, and
// the Clear-Site-Data header of the sign-out answer).
"use strict";

const VERSION = "__VERSION__";
const STATIC_CACHE = "bodywork-static-" + VERSION;
const CLIENT_PREFIX = "bodywork-client-";
const HOME = "{{ home }}";
const PRECACHE = {{ precache_json|safe }};
// On a weak signal, wait this long for the network before showing the kept page.
const NETWORK_WAIT_MS = 6000;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(STATIC_CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(
        names
          .filter((name) => name.startsWith("bodywork-static-") && name !== STATIC_CACHE)
          .map((name) => caches.delete(name))
      ))
      .then(() => self.clients.claim())
  );
});

// The one client cache there is, if any (there is never more than one).
async function clientCache() {
  const names = await caches.keys();
  const name = names.find((candidate) => candidate.startsWith(CLIENT_PREFIX));
  return name ? caches.open(name) : null;
}

// Keeps a program page in its client's cache, after dropping any other client's.
async function keepPage(response) {
  const owner = response.headers.get("X-Offline-Cache");
  if (!response.ok || !owner) return;
  const wanted = CLIENT_PREFIX + owner;
  const names = await caches.keys();
  await Promise.all(
    names
      .filter((name) => name.startsWith(CLIENT_PREFIX) && name !== wanted)
      .map((name) => caches.delete(name))
  );
  const cache = await caches.open(wanted);
  await cache.put(HOME, response);
}

async function keepPicture(url, response) {
  const cache = await clientCache();
  if (cache && response.ok) await cache.put(url, response);
}

async function fromCache(url) {
  const cache = await clientCache();
  return cache ? cache.match(url, { ignoreSearch: true, ignoreVary: true }) : undefined;
}

// The program page: the network's answer when it comes in time, else the kept one.
async function programPage(request) {
  const network = fetch(request).then((response) => {
    keepPage(response.clone());
    return response;
  });
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS));
  try {
    const answer = await Promise.race([network, timeout]);
    if (answer) return answer;
    return (await fromCache(HOME)) || (await network);
  } catch (error) {
    const kept = await fromCache(HOME);
    if (kept) return kept;
    throw error;
  }
}

async function picture(request) {
  try {
    const response = await fetch(request);
    keepPicture(request.url, response.clone());
    return response;
  } catch (error) {
    const kept = await fromCache(request.url);
    if (kept) return kept;
    throw error;
  }
}

async function staticFile(request) {
  const kept = await caches.match(request, { cacheName: STATIC_CACHE });
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) (await caches.open(STATIC_CACHE)).put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  // Clips stream from the network as they play (range requests); none is ever kept.
  if (url.pathname.startsWith(HOME + "clips/")) return;
  if (request.mode === "navigate" && url.pathname === HOME) {
    event.respondWith(programPage(request));
  } else if (url.pathname.startsWith(HOME + "exercises/")) {
    event.respondWith(picture(request));
  } else if (url.pathname.startsWith("{{ static_prefix }}")) {
    event.respondWith(staticFile(request));
  }
});

// The page asks for itself and its pictures to be kept on a first visit, before this
// worker was in charge of it; and for everything to go at sign-out.
self.addEventListener("message", (event) => {
  const message = event.data || {};
  if (message.type === "keep") {
    event.waitUntil((async () => {
      await keepPage(await fetch(HOME, { credentials: "same-origin" }));
      for (const url of message.pictures || []) {
        try {
          await keepPicture(url, await fetch(url, { credentials: "same-origin" }));
        } catch (error) {
          // A picture that cannot be fetched now is kept the next time the page shows it.
        }
      }
    })());
  } else if (message.type === "forget") {
    event.waitUntil(
      caches.keys().then((names) => Promise.all(names.map((name) => caches.delete(name))))
    );
  }
});
