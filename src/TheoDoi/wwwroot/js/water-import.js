// Upload with a progress bar; without JavaScript the form posts normally.
(function () {
  var form = document.getElementById('upload');
  if (!form || !window.XMLHttpRequest || !window.FormData) return;
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var box = document.getElementById('progress');
    var bar = box.querySelector('progress');
    var text = document.getElementById('progress-text');
    box.hidden = false;
    form.querySelector('button').disabled = true;
    var request = new XMLHttpRequest();
    request.open('POST', form.action || window.location.href);
    request.upload.onprogress = function (e) {
      if (e.lengthComputable) {
        bar.value = Math.round(e.loaded / e.total * 100);
        text.textContent = bar.value + '% (' + Math.round(e.loaded / 1048576) + ' MB)';
      }
    };
    request.upload.onload = function () { bar.removeAttribute('value'); text.textContent = text.dataset.checking || '…'; };
    request.onload = function () { document.open(); document.write(request.responseText); document.close(); };
    request.onerror = function () { form.querySelector('button').disabled = false; text.textContent = 'error'; };
    request.send(new FormData(form));
  });
})();
