// Long work shows progress (issue 11, item 13). Two kinds of work take more than a moment:
//  - a[data-busy]: a generated document (the consolidated report as PDF takes LibreOffice seconds).
//    The file is fetched here, with a labelled status: seconds spent making it, then kilobytes
//    received; then it is saved under the server's file name. A refusal shows the server's page.
//  - form[data-busy]: a file upload (workbooks, evidence, attachments, the water import). The status
//    shows the upload's percent, then the seconds the server has spent checking the file; its answer
//    replaces the page. A page that shows more (water-import.js: rows, percent, time left) listens to
//    the form's events busy:start, busy:upload (detail: loaded, total, seconds), busy:sent,
//    busy:answer and busy:failed; calling preventDefault() on one keeps this status line out of it.
// The words come from data-busy-* on <body> (page texts, translated like every other text). Without
// JavaScript links and forms work as they always did.
(function () {
  if (!window.XMLHttpRequest || !window.FormData || !window.URL || !URL.createObjectURL) return;
  const words = (name) => document.body.dataset['busy' + name] || '';
  const number = (n) => Number(n).toLocaleString(document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN');

  // One status line after the link or inside the form, read out by screen readers as it changes.
  const statusFor = (element) => {
    let status = element.busyStatus;
    if (!status) {
      status = document.createElement('span');
      status.className = 'busy-status small';
      status.setAttribute('role', 'status');
      status.setAttribute('aria-live', 'polite');
      status.dataset.testid = 'busy-status';
      if (element.tagName === 'FORM') element.appendChild(status); else element.after(status);
      element.busyStatus = status;
    }
    return status;
  };

  // Seconds spent, counted while the server works (it says nothing until it answers).
  const ticking = (status, label) => {
    const started = Date.now();
    const tick = () => { status.textContent = label.replace('{0}', number(Math.floor((Date.now() - started) / 1000))); };
    tick();
    return window.setInterval(tick, 1000);
  };

  const fileName = (request, fallback) => {
    const header = request.getResponseHeader('Content-Disposition') || '';
    const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header);
    if (utf8) return decodeURIComponent(utf8[1]);
    const plain = /filename="?([^";]+)"?/i.exec(header);
    return plain ? plain[1] : fallback;
  };

  const showAnswer = (request) => {
    document.open(); document.write(request.responseText); document.close();
    if (request.responseURL) history.replaceState(null, '', request.responseURL);
  };

  document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('a[data-busy]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    if (link.getAttribute('aria-busy') === 'true') return;
    link.setAttribute('aria-busy', 'true');
    const status = statusFor(link);
    let timer = ticking(status, words('Making'));
    const request = new XMLHttpRequest();
    request.open('GET', link.href);
    request.responseType = 'blob';
    request.onprogress = (e) => {
      if (timer) { window.clearInterval(timer); timer = null; }
      status.textContent = words('Receiving') + ' ' + number(Math.round(e.loaded / 1024)) + ' KB' +
        (e.lengthComputable ? ' (' + number(Math.round(e.loaded / e.total * 100)) + '%)' : '');
    };
    const done = () => { if (timer) window.clearInterval(timer); link.removeAttribute('aria-busy'); };
    request.onload = () => {
      done();
      if (request.status !== 200) { window.location.href = link.href; return; } // the server's own page says why
      const url = URL.createObjectURL(request.response);
      const save = document.createElement('a');
      save.href = url;
      save.download = fileName(request, link.href.split('/').pop());
      document.body.appendChild(save);
      save.click();
      save.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 60000);
      status.textContent = words('Done');
    };
    request.onerror = () => { done(); status.textContent = words('Failed'); };
    request.send();
  });

  // Tells the page's own script; false when it showed the progress itself (preventDefault).
  const announce = (form, name, detail) =>
    form.dispatchEvent(new CustomEvent('busy:' + name, { detail: detail || {}, cancelable: true }));

  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!form.matches || !form.matches('form[data-busy]') || event.defaultPrevented) return;
    event.preventDefault();
    const button = event.submitter;
    announce(form, 'start'); // before the form is read: a listener may still fill a field
    const data = new FormData(form);
    if (button && button.name) data.append(button.name, button.value);
    const buttons = form.querySelectorAll('button');
    buttons.forEach((b) => { b.disabled = true; });
    let timer = null;
    const started = Date.now();
    const request = new XMLHttpRequest();
    request.open('POST', (button && button.formAction) || form.action || window.location.href);
    request.upload.onprogress = (e) => {
      if (!e.lengthComputable) return;
      if (announce(form, 'upload', { loaded: e.loaded, total: e.total, seconds: (Date.now() - started) / 1000 })) {
        statusFor(form).textContent = words('Uploading') + ' ' + number(Math.round(e.loaded / e.total * 100)) + '%';
      }
    };
    request.upload.onload = () => { if (announce(form, 'sent')) timer = ticking(statusFor(form), words('Checking')); };
    request.onload = () => { if (timer) window.clearInterval(timer); announce(form, 'answer'); showAnswer(request); };
    request.onerror = () => {
      if (timer) window.clearInterval(timer);
      buttons.forEach((b) => { b.disabled = false; });
      if (announce(form, 'failed')) statusFor(form).textContent = words('Failed');
    };
    request.send(data);
  });
})();
