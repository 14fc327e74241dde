// Upload with a labelled progress bar: while the file is sent, the browser's upload progress; then the
// server's own (values read, percent of the file, time left), polled from ?handler=progress&run=….
// Without JavaScript the form posts normally.
(function () {
  var form = document.getElementById('upload');
  if (!form || !window.XMLHttpRequest || !window.FormData) return;
  var box = document.getElementById('progress');
  var bar = box.querySelector('progress');
  var text = document.getElementById('progress-text');
  var label = function (name) { return box.dataset[name] || ''; };
  var number = function (n) { return Number(n).toLocaleString(document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN'); };
  var show = function (percent, words) {
    bar.value = Math.max(0, Math.min(100, percent));
    text.textContent = words;
  };
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var run = (window.crypto && crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random()).replace(/[^0-9a-z]/gi, '').slice(0, 32);
    document.getElementById('run').value = run;
    box.hidden = false;
    form.querySelector('button').disabled = true;
    var polling = null;
    var started = Date.now();
    var poll = function () {
      var check = new XMLHttpRequest();
      check.open('GET', window.location.pathname + '?handler=progress&run=' + encodeURIComponent(run));
      check.onload = function () {
        if (check.status !== 200) return;
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
    var request = new XMLHttpRequest();
    request.open('POST', form.action || window.location.href);
    request.upload.onprogress = function (e) {
      if (!e.lengthComputable) return;
      var percent = Math.round(e.loaded / e.total * 100);
      var elapsed = (Date.now() - started) / 1000;
      var left = e.loaded > 0 ? Math.round(elapsed / e.loaded * (e.total - e.loaded)) : null;
      show(percent, label('uploading') + ': ' + number(percent) + '% (' + number(Math.round(e.loaded / 1048576)) + ' MB)' +
        (left != null && percent < 100 ? ' · ' + label('left') + ' ' + number(left) + ' ' + label('seconds') : ''));
    };
    request.upload.onload = function () {
      show(0, label('reading') + '…');
      poll();
      polling = window.setInterval(poll, 500);
    };
    request.onload = function () {
      if (polling) window.clearInterval(polling);
      document.open(); document.write(request.responseText); document.close();
    };
    request.onerror = function () {
      if (polling) window.clearInterval(polling);
      form.querySelector('button').disabled = false;
      text.textContent = label('failed');
    };
    request.send(new FormData(form));
  });
})();
