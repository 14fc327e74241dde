// File fields in the page's language (Shared/FileInput.cs draws them): the span next to the button shows
// the chosen file's name instead of the browser's own "No file chosen", and its page text again when
// the choice is cleared or the form reset.
(function () {
  const fields = (root) => root.querySelectorAll('.file-field input[type=file]');
  const show = (input) => {
    const name = document.getElementById(input.id + '-name');
    if (!name) return;
    const chosen = Array.from(input.files || []).map((file) => file.name);
    name.textContent = chosen.length > 0 ? chosen.join(', ') : name.dataset.none || '';
    name.classList.toggle('chosen', chosen.length > 0);
  };
  document.addEventListener('change', (event) => {
    const input = event.target;
    if (input.matches && input.matches('.file-field input[type=file]')) show(input);
  });
  // A reset empties the inputs after its event: look once it has.
  document.addEventListener('reset', (event) => window.setTimeout(() => fields(event.target).forEach(show), 0));
  // A page restored from the back-forward cache may keep a chosen file.
  window.addEventListener('pageshow', () => fields(document).forEach(show));
  fields(document).forEach(show);
})();
