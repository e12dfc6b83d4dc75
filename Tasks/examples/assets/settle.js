// Shared by the example pages: sets the window title, which setup waits for, only once the page is loaded, the kiosk
// window fills the screen (Chromium maps the window first and goes full screen after, which moves every element) and the
// page has the keyboard focus, and all of that has held for a few consecutive checks, so that clicks and typing land
// where the solution expects them.
function setTitleWhenSettled(title) {
  let settledChecks = 0;
  function check() {
    const settled = document.readyState === 'complete' && document.hasFocus()
      && window.innerWidth >= screen.width && window.innerHeight >= screen.height;
    settledChecks = settled ? settledChecks + 1 : 0;
    if (settledChecks >= 3) { document.title = title; } else { setTimeout(check, 50); }
  }
  window.addEventListener('load', check);
}
