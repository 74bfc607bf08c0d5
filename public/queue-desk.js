/* global window, document, fetch, DOMParser, setInterval */
// Desk and bureau pages: every few seconds, re-read the page and replace its live regions (the
// near-norm warnings, the waiting list, the desks, the day's passes) without touching the forms, so
// a warning appears while the clerk is busy. Without script the page is current at every load.
(function () {
  'use strict';
  var root = document.querySelector('[data-refresh-seconds]');
  if (!root || !window.fetch || !window.DOMParser) return;
  var seconds = Number(root.getAttribute('data-refresh-seconds')) || 30;
  var stopped = false;
  function refresh() {
    if (stopped || document.hidden) return;
    fetch(window.location.href, { credentials: 'same-origin', headers: { accept: 'text/html' } })
      .then(function (res) {
        if (!res.ok || res.redirected) {
          stopped = true; // signed out or gone: leave the page as it is
          return null;
        }
        return res.text();
      })
      .then(function (html) {
        if (!html) return;
        var fresh = new DOMParser().parseFromString(html, 'text/html');
        document.querySelectorAll('[data-live-region]').forEach(function (old) {
          var name = old.getAttribute('data-live-region');
          var next = fresh.querySelector('[data-live-region="' + name + '"]');
          if (next && next.innerHTML !== old.innerHTML) old.innerHTML = next.innerHTML;
        });
      })
      .catch(function () {
        /* offline for a moment: try again at the next tick */
      });
  }
  setInterval(refresh, seconds * 1000);
})();
