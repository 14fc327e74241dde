// Form checks in the page's language: the browser would say "Please fill out this field" in its
// own. The messages come from data-msg-* on <body> (page texts, translated like every other text).
(function () {
  const text = (name, value) => (document.body.dataset['msg' + name] || '').replace('{0}', value ?? '');
  const message = (el) => {
    const v = el.validity;
    if (v.valueMissing) return el.type === 'file' ? text('File') : text('Required');
    if (v.badInput || (v.typeMismatch && el.type === 'number')) return text('Number');
    if (v.rangeUnderflow) return text('Min', el.min);
    if (v.rangeOverflow) return text('Max', el.max);
    if (v.typeMismatch || v.patternMismatch || v.stepMismatch || v.tooShort || v.tooLong) return el.title || text('Format');
    return '';
  };
  document.addEventListener('invalid', (e) => {
    const el = e.target;
    if (!el.setCustomValidity) return;
    el.setCustomValidity('');
    if (!el.validity.valid) el.setCustomValidity(message(el));
  }, true);
  const clear = (e) => { if (e.target.setCustomValidity) e.target.setCustomValidity(''); };
  document.addEventListener('input', clear, true);
  document.addEventListener('change', clear, true);
})();
