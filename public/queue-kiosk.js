/* global window, document */
// The kiosk's ticket screen: a print button (the page itself works without it and goes back to the
// choice by itself).
(function () {
  'use strict';
  var button = document.querySelector('[data-print]');
  if (!button) return;
  button.hidden = false;
  button.addEventListener('click', function () {
    window.print();
  });
})();
