// Optional helper for pages that embed Clearance Atlas in an iframe: resizes each
// <iframe data-clearance-atlas> to the height the app reports. Only messages that come from
// that iframe's own window, with the expected type and a sane numeric height, are acted on.
(function () {
  "use strict";
  var TYPE = "clearance-atlas:height";
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== TYPE) return;
    var h = Number(data.height);
    if (!isFinite(h) || h < 100 || h > 20000) return;
    var frames = document.querySelectorAll("iframe[data-clearance-atlas]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(h) + "px";
      }
    }
  });
})();
