// Saves the report draft on every field change (the form also works without this script: Lưu).
// A copy is kept in the browser until the server confirms, so a lost connection loses nothing;
// a 409 answer means someone else saved since the page was opened.
(function () {
  const form = document.getElementById("report-form");
  if (!form || !form.dataset.autosave) return;
  const status = document.getElementById("autosave-status");
  const version = document.getElementById("report-version");
  const key = "theodoi:" + location.pathname;
  const token = form.querySelector("input[name=__RequestVerificationToken]");

  const saved = localStorage.getItem(key);
  if (saved) {
    // Restore what was typed but never confirmed by the server.
    for (const [name, value] of JSON.parse(saved)) {
      const field = form.elements.namedItem(name);
      if (field && name !== "Version" && name !== "__RequestVerificationToken") field.value = value;
    }
    status.textContent = "Đã khôi phục nội dung chưa lưu; đang lưu lại…";
    save();
  }

  let timer;
  form.addEventListener("input", () => {
    localStorage.setItem(key, JSON.stringify([...new FormData(form)]));
    clearTimeout(timer);
    timer = setTimeout(save, 800);
  });
  form.addEventListener("change", () => { clearTimeout(timer); save(); });

  async function save() {
    const data = new FormData(form);
    try {
      const response = await fetch(form.dataset.autosave, {
        method: "POST",
        body: data,
        headers: token ? { RequestVerificationToken: token.value } : {},
      });
      const body = await response.json();
      if (response.ok) {
        version.value = body.version;
        localStorage.removeItem(key);
        status.textContent = "Đã lưu lúc " + new Date(body.savedAt).toLocaleTimeString("vi-VN");
      } else if (response.status === 409) {
        status.textContent = "⚠ " + body.errors.join(" ");
      } else {
        status.textContent = "⚠ " + (body.errors || ["Chưa lưu được"]).join(" ");
      }
    } catch {
      status.textContent = "⚠ Mất kết nối — nội dung được giữ trên máy này và sẽ lưu khi có mạng.";
    }
  }
})();
