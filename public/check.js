/* global document, window -- a browser script, served as is */
// The public check, a little more convenient with JavaScript (the page works without it): the seal
// that a certificate's QR carries after «#» never reaches the server by itself, so this hands it to
// the page's own form, which the server verifies. The address bar loses the fragment first, so that
// going back or reloading does not send it again.
(function () {
  'use strict';
  var form = document.getElementById('seal-form');
  var hash = window.location.hash;
  if (!form || !hash || hash.length < 2) return;
  var field = form.querySelector('textarea[name="seal"]');
  if (!field) return;
  field.value = window.location.href;
  if (window.history && window.history.replaceState)
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  form.submit();
})();
