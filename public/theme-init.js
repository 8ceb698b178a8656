// Applies the stored theme before first paint (an external file, so the CSP needs no inline script).
(function () {
  var choice = 'system';
  try {
    var stored = localStorage.getItem('hled.theme');
    if (stored === 'light' || stored === 'dark') choice = stored;
  } catch (e) {
    /* storage blocked: follow the system */
  }
  document.documentElement.dataset.theme = choice;
})();
