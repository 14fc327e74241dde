// The water import's progress: busy.js sends the form (form[data-busy]) and shows the answer; this
// script only draws the labelled bar — while the file is sent, the upload's percent, size and time
// left; then the server's own (values read, percent of the file, time left), polled from
// ?handler=progress&run=…. Without JavaScript the form posts normally.
(function () {
  var form = document.getElementById('upload');
  if (!form) return;
  var box = document.getElementById('progress');
  var bar = box.querySelector('progress');
  var text = document.getElementById('progress-text');
  var label = function (name) { return box.dataset[name] || ''; };
  var number = function (n) { return Number(n).toLocaleString(document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN'); };
  var show = function (percent, words) {
    bar.value = Math.max(0, Math.min(100, percent));
    text.textContent = words;
  };
  var run = '';
  var polling = null;
  var stop = function () { if (polling) window.clearInterval(polling); polling = null; };
  var poll = function () {
    var check = new XMLHttpRequest();
    check.open('GET', window.location.pathname + '?handler=progress&run=' + encodeURIComponent(run));
    check.onload = function () {
      if (check.status !== 200 || !polling) return;
      var p = JSON.parse(check.responseText);
      if (p.phase === 'computing' || p.phase === 'done') {
        show(100, label('computing') + ' · ' + number(p.rows) + ' ' + label('rows'));
      } else if (p.phase === 'reading') {
        show(p.percent, label('reading') + ': ' + number(p.rows) + ' ' + label('rows') + ' · ' + number(p.percent) + '%' +
          (p.secondsLeft != null ? ' · ' + label('left') + ' ' + number(p.secondsLeft) + ' ' + label('seconds') : ''));
      }
    };
    check.send();
  };
  form.addEventListener('busy:start', function () {
    run = (window.crypto && crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random()).replace(/[^0-9a-z]/gi, '').slice(0, 32);
    document.getElementById('run').value = run; // busy.js reads the form after this event
    box.hidden = false;
  });
  form.addEventListener('busy:upload', function (event) {
    event.preventDefault();
    var e = event.detail;
    var percent = Math.round(e.loaded / e.total * 100);
    var left = e.loaded > 0 ? Math.round(e.seconds / e.loaded * (e.total - e.loaded)) : null;
    show(percent, label('uploading') + ': ' + number(percent) + '% (' + number(Math.round(e.loaded / 1048576)) + ' MB)' +
      (left != null && percent < 100 ? ' · ' + label('left') + ' ' + number(left) + ' ' + label('seconds') : ''));
  });
  form.addEventListener('busy:sent', function (event) {
    event.preventDefault();
    show(0, label('reading') + '…');
    polling = window.setInterval(poll, 500);
    poll();
  });
  form.addEventListener('busy:answer', stop);
  form.addEventListener('busy:failed', function (event) {
    event.preventDefault();
    stop();
    text.textContent = label('failed');
  });
})();
