// The page's guard: inlined into index.html by scripts/post-build.mjs (and allowed by its CSP
// hash), so it runs before and apart from the wasm. On the normal page a start that fails shows
// the crash message with its reload button, and nothing reloads without the reader. In kiosk
// mode (?kiosk=1):
//
// - A failed start (the wasm or its glue does not load or compile, no data-ready within 30 s),
//   a panic (the app's panic hook sends `atlas-crash`), or a stopped heartbeat (the app sets
//   window.__atlasBeat every 5 s; none for 60 s: a frozen or dead app) makes the page reload
//   itself after 10 s, 30 s, 2 min, then every 10 min (attempts counted in sessionStorage; the
//   count resets after 10 healthy minutes). While it waits, a calm full-screen card shows the
//   headline figures and data date baked into the page at build time (`atlas-data card`).
// - Each recovery and its cause is logged in localStorage (the last 50), shown with the build,
//   data date and uptime on the operator screen: ?kiosk=1&status=1.
(function () {
  "use strict";
  var q = location.search;
  var crash = function () {
    var c = document.getElementById("crash");
    if (c) c.hidden = false;
    var l = document.getElementById("loading");
    if (l) l.remove();
  };
  var reloadButton = function () {
    var b = document.querySelector("#crash button");
    if (b) b.addEventListener("click", function () { location.reload(); });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", reloadButton); else reloadButton();
  // The app's own code failing to load: its glue, link module or wasm (not an icon).
  var appFile = function (t) {
    return t && t !== window && (t.tagName === "SCRIPT" || (t.tagName === "LINK" && /preload/.test(t.rel)));
  };
  var kiosk = /[?&]kiosk=(1|true|yes)(&|$)/i.test(q);
  var html = document.documentElement;
  var ready = function () { return html.getAttribute("data-ready") === "1"; };
  // A start that fails: a module or wasm that does not load or compile rejects the loader's
  // promise; a script or preload that fails fires an error on its element. A kiosk recovers
  // (below); the normal page shows its message.
  var failedStart = function (cause) {
    if (ready()) return;
    if (kiosk) recover(cause); else crash();
  };
  // A panic in the wasm. The release build aborts at once (std rebuilt with
  // panic=immediate-abort, scripts/wasm-env.sh): no panic hook runs, and the trap reaches the
  // page as an uncaught WebAssembly.RuntimeError (from an event handler or a timer) or a
  // rejected promise. The page shows its message, a kiosk restarts; before or after data-ready.
  var trapped = function (err) {
    return typeof WebAssembly === "object" && err instanceof WebAssembly.RuntimeError;
  };
  var trap = function (err) {
    if (kiosk) recover("panic: " + err.message); else crash();
  };
  window.addEventListener("unhandledrejection", function (e) {
    if (trapped(e.reason)) return trap(e.reason);
    failedStart("start failed: " + (e.reason && e.reason.message || e.reason));
  });
  window.addEventListener("error", function (e) {
    if (trapped(e.error)) return trap(e.error);
    var t = e.target;
    if (appFile(t)) failedStart("could not load " + (t.src || t.href));
  }, true);
  if (!kiosk) return;

  var DELAYS = [10, 30, 120, 600];
  var START_S = 30, BEAT_S = 60, HEALTHY_S = 600;
  var N = "atlas-recoveries", LOG = "atlas-kiosk-log", SINCE = "atlas-kiosk-since";
  var loaded = Date.now();
  var store = function (s, k, v) { try { if (v === undefined) return s.getItem(k); s.setItem(k, v); } catch (e) { /* storage off */ } return null; };
  if (!store(sessionStorage, SINCE)) store(sessionStorage, SINCE, String(loaded));
  var build = function () {
    var l = document.querySelector('link[rel=modulepreload][href*="clearance-atlas-"]');
    var m = l && /clearance-atlas-([0-9a-f]+)\.js/.exec(l.getAttribute("href"));
    return m ? m[1] : "unknown";
  };
  var log = function () { try { return JSON.parse(store(localStorage, LOG) || "[]"); } catch (e) { return []; } };
  var card = function () {
    var el = document.getElementById("kiosk-card");
    var all = {};
    try { all = JSON.parse(el ? el.textContent : "{}"); } catch (e) { /* no card */ }
    var m = /[?&]lang=([a-z]{2})(&|$)/i.exec(q);
    var l = ((m && m[1]) || navigator.language || "en").slice(0, 2).toLowerCase();
    return all[l] || all.en || null;
  };
  var el = function (tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  };

  var recovering = false;
  function recover(cause) {
    if (recovering) return;
    recovering = true;
    var n = Number(store(sessionStorage, N) || 0);
    store(sessionStorage, N, String(n + 1));
    var delay = DELAYS[Math.min(n, DELAYS.length - 1)];
    var entries = log();
    entries.push({ t: new Date().toISOString(), cause: String(cause).slice(0, 300), build: build(), retry_s: delay });
    store(localStorage, LOG, JSON.stringify(entries.slice(-50)));
    showCard();
    setTimeout(function () { location.reload(); }, delay * 1000);
  }

  function showCard() {
    var c = card();
    var box = el("div", "recovery");
    box.id = "recovery";
    box.setAttribute("data-testid", "recovery-card");
    box.setAttribute("role", "status");
    if (c) {
      box.appendChild(el("h1", null, c.title));
      var dl = el("dl");
      for (var i = 0; i < c.lines.length; i++) {
        var f = c.lines[i];
        var row = el("div", i === 0 ? "hero" : null);
        row.appendChild(el("dt", null, f.label));
        var dd = el("dd");
        if (f.qualifier) dd.appendChild(el("span", "q", f.qualifier));
        dd.appendChild(el("span", "n", f.number));
        dd.appendChild(el("span", "u", f.unit));
        row.appendChild(dd);
        dl.appendChild(row);
      }
      box.appendChild(dl);
      box.appendChild(el("p", "recovery-as-of", c.as_of + " · " + c.source));
      box.appendChild(el("p", "recovery-note", c.note));
    }
    var old = document.getElementById("recovery");
    if (old) old.remove();
    (document.body || html).appendChild(box);
    html.classList.add("recovering");
  }

  window.addEventListener("atlas-crash", function (e) { recover("panic: " + e.detail); });

  setInterval(function () {
    var now = Date.now();
    if (!ready()) {
      if (now - loaded > START_S * 1000) recover("not ready after " + START_S + " s");
      return;
    }
    var beat = Number(window.__atlasBeat || 0);
    if (beat && now - beat > BEAT_S * 1000) recover("no heartbeat for " + Math.round((now - beat) / 1000) + " s");
    else if (now - loaded > HEALTHY_S * 1000) store(sessionStorage, N, "0");
  }, 5000);

  // Updates at the right moment: the service worker looks for a new build every 30 minutes
  // and installs it beside the running one (static/sw.js waits instead of taking over); at the
  // next idle reset (`atlas-idle-reset`, sent by the kiosk loop) the new worker takes over, drops
  // the old build's cache and the page reloads from the new one: never mid-visit, never two
  // builds' files in one page.
  if ("serviceWorker" in navigator && /^https?:$/.test(location.protocol)) {
    var sw = navigator.serviceWorker;
    var registration = function () { return sw.getRegistration().then(function (r) { if (!r) throw new Error("no service worker"); return r; }); };
    setInterval(function () { registration().then(function (r) { return r.update(); }).catch(function () {}); }, 30 * 60 * 1000);
    var taking = false;
    var take = function (w) {
      if (taking) return;
      taking = true;
      sw.addEventListener("controllerchange", function () { location.reload(); });
      w.postMessage("skip-waiting");
    };
    window.addEventListener("atlas-idle-reset", function () {
      registration().then(function (r) {
        if (r.waiting) return take(r.waiting);
        return r.update().then(function () {
          var w = r.installing || r.waiting;
          if (!w) return;
          if (w.state === "installed") return take(w);
          w.addEventListener("statechange", function () { if (w.state === "installed") take(w); });
        });
      }).catch(function () {});
    });
  }

  // The operator screen.
  if (/[?&]status=(1|true|yes)(&|$)/i.test(q)) {
    var panel = el("section", "kiosk-status");
    panel.setAttribute("data-testid", "kiosk-status");
    var draw = function () {
      var c = card();
      var up = function (from) { var s = Math.round((Date.now() - from) / 1000); return Math.floor(s / 3600) + " h " + Math.floor(s % 3600 / 60) + " min " + s % 60 + " s"; };
      panel.textContent = "";
      panel.appendChild(el("h2", null, "Kiosk status"));
      var facts = [["Build", build()], ["Data", c ? c.as_of : "?"], ["Page up", up(loaded)],
        ["Running since", up(Number(store(sessionStorage, SINCE) || loaded))], ["Recoveries in a row", store(sessionStorage, N) || "0"],
        ["Ready", ready() ? "yes" : "no"]];
      var dl = el("dl");
      for (var i = 0; i < facts.length; i++) { dl.appendChild(el("dt", null, facts[i][0])); dl.appendChild(el("dd", null, facts[i][1])); }
      panel.appendChild(dl);
      var entries = log();
      panel.appendChild(el("h3", null, "Recoveries (last " + entries.length + " of at most 50)"));
      var ol = el("ol");
      for (var j = entries.length - 1; j >= 0; j--) ol.appendChild(el("li", null, entries[j].t + " · " + entries[j].cause + " · build " + entries[j].build));
      panel.appendChild(ol);
    };
    var mount = function () { (document.body || html).appendChild(panel); draw(); setInterval(draw, 5000); };
    if (document.body) mount(); else document.addEventListener("DOMContentLoaded", mount);
  }
})();
