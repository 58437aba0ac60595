// Warns two minutes before the session's idle timeout, with a "Stay signed in" button that renews it.
// Loaded by the layout for signed-in pages only; the layout puts on <body>:
//   data-session-expires-in   seconds this session has left, as the page's own response left it
//   data-session-idle-seconds the idle timeout (Authentication:IdleTimeoutMinutes)
// "Stay signed in" posts to /session/keep-alive with the page's antiforgery token (204: renewed; the X-Session-Expires-In
// header says for how long: near the session's absolute limit, less than the idle timeout, and then the warning says the
// session cannot be extended). Other requests the page makes (the summary form's autosave) report a renewal with an
// "app:session-renewed" event. The dialog is a native <dialog>: modal, focus moved into it and kept there.
const WARN_BEFORE_SECONDS = 120;

const body = document.body;
const expiresIn = Number(body.getAttribute('data-session-expires-in'));
const idleSeconds = Number(body.getAttribute('data-session-idle-seconds'));

if (Number.isFinite(expiresIn) && Number.isFinite(idleSeconds) && idleSeconds > 0 && typeof HTMLDialogElement === 'function') {
  let expiresAt = Date.now() + expiresIn * 1000;
  let warnTimer = null;
  let endTimer = null;
  let countdown = null;

  const dialog = document.createElement('dialog');
  dialog.className = 'app-timeout-dialog';
  dialog.setAttribute('aria-labelledby', 'app-timeout-title');
  dialog.setAttribute('aria-describedby', 'app-timeout-text');
  dialog.tabIndex = -1;

  const title = document.createElement('h2');
  title.className = 'govuk-heading-m';
  title.id = 'app-timeout-title';
  title.textContent = 'You are about to be signed out';

  const text = document.createElement('p');
  text.className = 'govuk-body';
  text.id = 'app-timeout-text';

  const buttons = document.createElement('div');
  buttons.className = 'govuk-button-group';
  const stay = document.createElement('button');
  stay.type = 'button';
  stay.className = 'govuk-button';
  stay.textContent = 'Stay signed in';
  const signIn = document.createElement('a');
  signIn.className = 'govuk-link';
  signIn.textContent = 'Sign in again';
  signIn.href = `/sign-in?returnUrl=${encodeURIComponent(window.location.pathname + window.location.search)}`;
  signIn.hidden = true;
  buttons.append(stay, signIn);
  dialog.append(title, text, buttons);
  body.append(dialog);

  const secondsLeft = () => Math.max(0, Math.round((expiresAt - Date.now()) / 1000));
  const describe = (seconds) => {
    const minutes = Math.ceil(seconds / 60);
    return seconds > 60 ? `${minutes} minutes` : `${seconds} seconds`;
  };

  // Set when "Stay signed in" could not give the session more time: it is at its absolute limit.
  let atLimit = false;

  const showWarning = () => {
    title.textContent = 'You are about to be signed out';
    stay.hidden = atLimit;
    signIn.hidden = true;
    const update = () => {
      text.textContent = atLimit
        ? `You will be signed out in ${describe(secondsLeft())}: for your security, a session cannot be extended beyond its time limit. Save your work, then sign in again.`
        : `For your security, you will be signed out in ${describe(secondsLeft())} if you do nothing. Anything you have not saved will be lost.`;
    };
    update();
    window.clearInterval(countdown);
    // Update the text every 20 seconds, not every second, so screen readers are not flooded.
    countdown = window.setInterval(update, 20000);
    if (!dialog.open) dialog.showModal();
    (atLimit ? dialog : stay).focus();
  };

  const showSignedOut = () => {
    window.clearInterval(countdown);
    title.textContent = 'You have been signed out';
    text.textContent = 'You were signed out because you did nothing for a while. Sign in again to carry on.';
    stay.hidden = true;
    signIn.hidden = false;
    if (!dialog.open) dialog.showModal();
    signIn.focus();
  };

  const schedule = () => {
    window.clearTimeout(warnTimer);
    window.clearTimeout(endTimer);
    const left = secondsLeft();
    warnTimer = window.setTimeout(showWarning, Math.max(0, left - WARN_BEFORE_SECONDS) * 1000);
    endTimer = window.setTimeout(showSignedOut, left * 1000);
  };

  const renewed = (seconds) => {
    expiresAt = Date.now() + seconds * 1000;
    window.clearInterval(countdown);
    if (dialog.open) dialog.close();
    schedule();
  };

  stay.addEventListener('click', async () => {
    const token = document.querySelector('input[name="__RequestVerificationToken"]');
    try {
      const response = await fetch('/session/keep-alive', {
        method: 'POST',
        credentials: 'same-origin',
        redirect: 'manual',
        headers: token ? { RequestVerificationToken: token.value } : {},
      });
      if (response.status === 204) {
        const left = Number.parseInt(response.headers.get('X-Session-Expires-In') ?? '', 10);
        atLimit = Number.isFinite(left) && left <= WARN_BEFORE_SECONDS;
        renewed(Number.isFinite(left) ? left : idleSeconds);
        return;
      }
    } catch {
      // Offline or the server is unreachable: fall through.
    }

    showSignedOut();
  });

  // Escape would close the dialog without renewing the session: treat it as "Stay signed in" only when they choose it.
  dialog.addEventListener('cancel', (event) => {
    if (!stay.hidden) {
      event.preventDefault();
    }
  });

  document.addEventListener('app:session-renewed', (event) => {
    if (event.detail && typeof event.detail.expiresIn === 'number') renewed(event.detail.expiresIn);
  });

  schedule();
}
