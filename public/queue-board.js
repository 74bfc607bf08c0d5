/* global window, document, EventSource, setTimeout */
// The hall board, live (§9): follows the server-sent events of /queue/board/{office}/events; each
// event is the whole board, so a reconnection catches up by itself. A call newer than any seen
// before is announced: the big line flashes, an aria-live region reads it out, and a chime sounds
// unless it was turned off (the choice is kept on this TV).
(function () {
  'use strict';
  var root = document.querySelector('.board');
  if (!root || !window.EventSource) return;
  var d = root.dataset;
  var latestBox = root.querySelector('[data-latest]');
  var rows = root.querySelector('[data-rows]');
  var live = root.querySelector('[data-live]');
  var status = root.querySelector('[data-status]');
  var soundButton = root.querySelector('[data-sound]');
  var clock = new Intl.DateTimeFormat('en-GB', {
    timeZone: d.zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  var seen = null; // the latest call time already shown (null before the first event)
  var day = null;
  var KEY = 'tirkeu.board.sound';
  var soundOn = true;
  try {
    soundOn = window.localStorage.getItem(KEY) !== 'off';
  } catch {
    /* storage may be off: the default stays */
  }
  var audio = null;

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) {
      return name in values ? values[name] : all;
    });
  }
  function deskText(n) {
    return fill(d.desk, { desk: n });
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function showSound() {
    soundButton.hidden = false;
    soundButton.textContent = soundOn ? d.soundOn : d.soundOff;
    soundButton.setAttribute('aria-pressed', soundOn ? 'true' : 'false');
  }
  function context() {
    var Ctx = window.AudioContext || window.webkitAudioContext;
    if (!Ctx) return null;
    if (!audio) audio = new Ctx();
    if (audio.state === 'suspended') audio.resume();
    return audio;
  }
  function chime() {
    if (!soundOn) return;
    var ctx = context();
    if (!ctx) return;
    [880, 660].forEach(function (freq, i) {
      var osc = ctx.createOscillator();
      var gain = ctx.createGain();
      var start = ctx.currentTime + i * 0.35;
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.4, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.33);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + 0.35);
    });
  }
  soundButton.addEventListener('click', function () {
    soundOn = !soundOn;
    try {
      window.localStorage.setItem(KEY, soundOn ? 'on' : 'off');
    } catch {
      /* not kept: fine */
    }
    if (soundOn) context();
    showSound();
  });
  // Browsers start sound only after a touch or key press on the page.
  document.addEventListener(
    'pointerdown',
    function () {
      if (soundOn) context();
    },
    { once: true },
  );
  showSound();

  function render(entries, announce) {
    var latest = entries[0];
    latestBox.textContent = '';
    if (latest) {
      latestBox.appendChild(el('span', 'board-ticket', latest.label));
      var arrow = el('span', 'board-arrow', '→');
      arrow.setAttribute('aria-hidden', 'true');
      latestBox.appendChild(arrow);
      latestBox.appendChild(el('span', 'board-desk', deskText(latest.deskNumber)));
    } else {
      latestBox.appendChild(el('span', 'board-empty', root.getAttribute('data-empty') || ''));
    }
    rows.textContent = '';
    entries.slice(1).forEach(function (e) {
      var tr = el('tr', e.status === 'serving' ? 'is-serving' : '');
      tr.appendChild(el('td', 'board-ticket', e.label));
      tr.appendChild(el('td', '', deskText(e.deskNumber)));
      tr.appendChild(el('td', '', clock.format(new Date(e.calledAt))));
      rows.appendChild(tr);
    });
    if (announce.length) {
      live.textContent = announce
        .map(function (e) {
          return fill(d.announce, { ticket: e.label, desk: e.deskNumber });
        })
        .join('. ');
      latestBox.classList.remove('is-new');
      void latestBox.offsetWidth; // restart the flash
      latestBox.classList.add('is-new');
      chime();
    }
  }

  function onBoard(ev) {
    var data = JSON.parse(ev.data);
    if (day && data.day !== day) {
      window.location.reload(); // a new working day: a fresh page
      return;
    }
    day = data.day;
    var entries = data.entries || [];
    var newest = entries.reduce(function (m, e) {
      return e.calledAt > m ? e.calledAt : m;
    }, '');
    // The first board after loading the page is what the page already shows: nothing to announce.
    var announce =
      seen === null
        ? []
        : entries.filter(function (e) {
            return e.calledAt > seen && e.status === 'called';
          });
    if (seen === null || newest > seen) seen = newest || seen || '';
    render(entries, announce);
    root.setAttribute('data-ready', 'true');
  }

  var source = null;
  function connect() {
    source = new EventSource(d.events);
    source.addEventListener('board', onBoard);
    source.addEventListener('open', function () {
      status.hidden = true;
    });
    source.addEventListener('error', function () {
      status.textContent = d.offline;
      status.hidden = false;
      // A refused or failed stream is not retried by the browser: try again ourselves.
      if (source.readyState === EventSource.CLOSED) {
        source.close();
        setTimeout(connect, 3000);
      }
    });
  }
  connect();
})();
