// Saves the report draft on every field change (the form also works without this script: Lưu).
// A copy is kept in the browser until the server confirms, so a lost connection loses nothing;
// a 409 answer means someone else saved since the page was opened.
// Saves run one after another (each carries the version the previous one answered), and a submit
// waits for the save in flight, then posts with the newest version: the person's own autosave can
// never make their submit look stale.
(function () {
  const form = document.getElementById("report-form");
  if (!form || !form.dataset.autosave) return;
  const status = document.getElementById("autosave-status");
  const version = document.getElementById("report-version");
  const key = "theodoi:" + location.pathname;
  const token = form.querySelector("input[name=__RequestVerificationToken]");
  let queue = Promise.resolve();
  let submitting = false;
  let timer;

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

  form.addEventListener("input", () => {
    if (submitting) return;
    localStorage.setItem(key, JSON.stringify([...new FormData(form)]));
    clearTimeout(timer);
    timer = setTimeout(save, 800);
  });
  form.addEventListener("change", () => {
    if (submitting) return;
    clearTimeout(timer);
    save();
  });

  form.addEventListener("submit", (event) => {
    const submitter = event.submitter;
    if (submitting || !submitter || !submitter.hasAttribute("data-submit-report")) return;
    // Submit: let the save in flight finish (it answers the newest version), then post.
    event.preventDefault();
    clearTimeout(timer);
    submitting = true;
    submitter.disabled = true;
    status.textContent = "Đang gửi báo cáo…";
    queue.then(() => {
      localStorage.removeItem(key); // the submit carries everything typed
      submitter.disabled = false;
      form.requestSubmit(submitter);
    });
  });

  function save() {
    queue = queue.then(send, send);
    return queue;
  }

  async function send() {
    if (submitting) return;
    const data = new FormData(form); // read now, so it carries the version of the previous save
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
      } else {
        status.textContent = "⚠ " + (body.errors || ["Chưa lưu được"]).join(" ");
      }
    } catch {
      status.textContent = "⚠ Mất kết nối — nội dung được giữ trên máy này và sẽ lưu khi có mạng.";
    }
  }
})();
