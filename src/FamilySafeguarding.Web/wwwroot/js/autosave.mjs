// Saves a draft form automatically (progressive enhancement: without JavaScript the form's own "Save draft" button
// does the same). Loaded on the monthly summary form and the supervision record form, as
// <script type="module" src="/js/autosave.mjs">; the form's data-autosave-name ("summary" by default) names what it saves.
//
// - Every 30 seconds, if anything was typed since the last save, and when the page is hidden or left (fetch with
//   keepalive, so the request outlives the page), it posts the form's fields (antiforgery token included) to the
//   form's data-autosave-url.
// - 200 {version, savedAt}: the form's hidden Version now carries the saved version, so the next save (automatic or
//   not) is not taken for a clash; "Draft saved at HH:mm" is announced in the status region.
// - 409: another tab or device saved a newer version. Automatic saving stops, and the user is told to select
//   "Save draft", which shows both versions side by side (nothing they typed is lost).
// - Pressing Save draft or Submit while a save is on its way waits for it, so the form carries the newest version.
const INTERVAL_MS = 30000;

// A form showing a clash with another tab's save has an empty data-autosave-url: it is not saved automatically.
const form = document.querySelector('form[data-autosave-url]:not([data-autosave-url=""])');
if (form) {
  const url = form.getAttribute('data-autosave-url');
  const status = document.getElementById('autosave-status');
  const version = form.querySelector('input[name="Version"]');
  const what = form.getAttribute('data-autosave-name') || 'summary';
  let dirty = false;
  let stopped = false;
  let submitting = false;
  let inFlight = null;

  const say = (message, isProblem) => {
    if (!status) return;
    status.textContent = message;
    status.classList.toggle('app-autosave-status--problem', Boolean(isProblem));
  };

  const time = (iso) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

  const save = (keepalive) => {
    if (!dirty || stopped || submitting || inFlight) return inFlight;
    dirty = false;
    const body = new FormData(form);
    body.set('action', 'save');
    inFlight = fetch(url, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      redirect: 'manual',
      keepalive,
      headers: { Accept: 'application/json' },
    })
      .then(async (response) => {
        if (response.type === 'opaqueredirect' || response.status === 401) {
          stopped = true;
          say('You have been signed out, so your latest changes were not saved. Copy your text before you leave this page.', true);
          return;
        }

        if (response.status === 409) {
          stopped = true;
          say(`A newer version of this ${what} has been saved from another tab or device. Your latest changes have not been saved. Select "Save draft" to see both versions side by side.`, true);
          return;
        }

        if (!response.ok) {
          dirty = true;
          say('Your draft could not be saved automatically. Select "Save draft" to save it.', true);
          return;
        }

        const saved = await response.json();
        if (version && saved.version) version.value = saved.version;
        say(`Draft saved at ${time(saved.savedAt)}`, false);
        if (typeof saved.sessionExpiresIn === 'number') {
          document.dispatchEvent(new CustomEvent('app:session-renewed', { detail: { expiresIn: saved.sessionExpiresIn } }));
        }
      })
      .catch(() => {
        dirty = true;
      })
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };

  form.addEventListener('input', () => { dirty = true; });
  form.addEventListener('change', () => { dirty = true; });

  form.addEventListener('submit', (event) => {
    if (submitting) return;
    if (inFlight) {
      // Let the save on its way finish first: it changes the version the form must carry.
      event.preventDefault();
      const submitter = event.submitter;
      inFlight.finally(() => {
        submitting = true;
        form.requestSubmit(submitter);
      });
      return;
    }

    submitting = true;
  });

  window.setInterval(() => save(false), INTERVAL_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') save(true);
  });
  window.addEventListener('pagehide', () => save(true));
  window.addEventListener('pageshow', (event) => {
    // Back to the page from the browser's cache: the form may be sent again.
    if (event.persisted) submitting = false;
  });
}
