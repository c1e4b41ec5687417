// Clearance Atlas service worker: precaches every file of this build so that a page opened once
// keeps working with the network gone. The cache name carries the build id (written by
// scripts/post-build.mjs after each Trunk build), so an update replaces the cache cleanly.
const BUILD = "__BUILD__";
// The lazy parts' wasm chunks and the message catalogues, which index.html does not name
// (written by post-build.mjs).
const CHUNKS = ["__CHUNKS__"];
const CACHE = `atlas-${BUILD}`;

async function precache() {
  const cache = await caches.open(CACHE);
  const index = await fetch("./", { cache: "no-cache" });
  const html = await index.clone().text();
  await cache.put("./", index);
  const abs = (p) => new URL(p, self.registration.scope).href;
  const assets = new Set(["manifest.webmanifest", "icon.svg", "icon-192.png", "icon-512.png", "embed.js", ...CHUNKS].map(abs));
  for (const m of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
    const u = new URL(m[1], self.registration.scope);
    if (u.origin === self.location.origin) assets.add(u.href);
  }
  await cache.addAll([...assets]);
}

// A new build installs beside the running one and waits: pages keep the files of the build they
// started with (their lazy chunks included). It takes over on the next visit after every page
// of the old build is closed, or when a kiosk asks at its idle reset (static/kiosk-guard.js).
self.addEventListener("install", (event) => {
  event.waitUntil(precache());
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("atlas-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== "GET" || url.origin !== self.location.origin) return;
  if (req.mode === "navigate") {
    // Network first for the page (fresh data after an update), the cached page offline.
    event.respondWith(
      fetch(req).catch(() => caches.open(CACHE).then((c) => c.match("./")).then((r) => r ?? Response.error())),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((c) =>
      c.match(req, { ignoreSearch: true }).then((hit) => hit ?? fetch(req).then((res) => {
        if (res.ok) c.put(req, res.clone());
        return res;
      })),
    ),
  );
});
