// Renders the API reference from the OpenAPI document of this server: grouped by tag, each
// operation with its method, path, summary, parameters, body and responses. No outside resources.
(function () {
  const root = document.getElementById('api-reference');
  if (!root) return;
  const t = root.dataset;
  // The operations' own summaries are written in English in the code: they are marked as such.
  const en = (e) => { e.lang = 'en'; return e; };
  const el = (tag, cls, text) => { const e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; };
  const schemaName = (s) => !s ? '' : s.$ref ? s.$ref.split('/').pop() : s.type === 'array' ? schemaName(s.items) + '[]' : (s.type || '');

  fetch(root.dataset.openapi, { headers: { Accept: 'application/json' } })
    .then((r) => { if (!r.ok) throw new Error(r.status); return r.json(); })
    .then((doc) => {
      const groups = new Map();
      for (const [path, item] of Object.entries(doc.paths || {})) {
        for (const [method, op] of Object.entries(item)) {
          if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
          const tag = (op.tags && op.tags[0]) || '—';
          if (!groups.has(tag)) groups.set(tag, []);
          groups.get(tag).push({ path, method, op, shared: item.parameters || [] });
        }
      }
      root.replaceChildren();
      const nav = el('p', 'switches');
      for (const tag of groups.keys()) { const a = el('a', 'pill', tag); a.href = '#tag-' + encodeURIComponent(tag); nav.append(a); }
      root.append(nav);
      for (const [tag, ops] of groups) {
        const card = el('section', 'card'); card.id = 'tag-' + encodeURIComponent(tag);
        card.append(el('h2', null, tag));
        for (const { path, method, op, shared } of ops) {
          const d = el('details', 'api-op');
          const s = el('summary');
          s.append(el('span', 'badge method-' + method, method.toUpperCase()), ' ', el('code', null, path));
          if (op.summary) s.append(' ', en(el('span', 'muted', op.summary)));
          // Who may call it: an empty requirement is "no credentials"; the others name a scheme.
          const schemes = (op.security || []).map((r) => Object.keys(r));
          if (schemes.some((keys) => keys.length === 0)) s.append(' ', el('span', 'badge st-ok', t.anonymous));
          if (schemes.some((keys) => keys.includes('bearer'))) s.append(' ', el('span', 'badge', t.bearer));
          if (schemes.some((keys) => keys.includes('partnerKey'))) s.append(' ', el('span', 'badge', t.partner));
          d.append(s);
          if (op.description && op.description !== op.summary) d.append(en(el('p', null, op.description)));
          const params = [...shared, ...(op.parameters || [])];
          if (params.length) {
            d.append(el('h3', null, t.parameters));
            const ul = el('ul');
            for (const p of params) ul.append(el('li', null, `${p.name} (${p.in}${p.required ? ', ' + t.required : ''}) ${schemaName(p.schema)}`));
            d.append(ul);
          }
          const body = op.requestBody && op.requestBody.content;
          if (body) {
            d.append(el('h3', null, t.body));
            d.append(el('p', null, Object.entries(body).map(([type, c]) => `${type} ${schemaName(c.schema)}`).join(' · ')));
          }
          if (op.responses) {
            d.append(el('h3', null, t.responses));
            d.append(en(el('p', null, Object.entries(op.responses).map(([code, r]) => `${code} ${r.description || ''}`)
            .join(' · '))));
          }
          card.append(d);
        }
        root.append(card);
      }
    })
    .catch(() => { root.replaceChildren(el('p', 'error', t.failed)); });
})();
