// Runs before first paint (an external file, so the CSP needs no inline script). The build inlines it, with the
// app's base path in `appBase` (scripts/deploy/content-security-policy.ts).
// 1. Applies the stored theme.
// 2. Decides whether the pre-rendered overview in index.html may show while the app loads. It is the English
//    overview of the HLED dataset with no filters; any other page, language, filter or an opened dataset file hides
//    it (the app then shows its own loading state). The language rule repeats src/app/resolve-locale.ts.
(function () {
  var appBase = '/';
  var root = document.documentElement;
  var choice = 'system';
  var storedLang = null;
  var storedFile = false;
  try {
    var stored = localStorage.getItem('hled.theme');
    if (stored === 'light' || stored === 'dark') choice = stored;
    storedLang = localStorage.getItem('hled.lang');
    storedFile = localStorage.getItem('hled.dataset') !== null;
  } catch (e) {
    /* storage blocked: follow the system */
  }
  root.dataset.theme = choice;

  var params = new URLSearchParams(location.search);
  var lang = params.get('lang');
  var onlyLang = true;
  params.forEach(function (_value, key) {
    if (key !== 'lang') onlyLang = false;
  });
  if (lang !== 'en' && lang !== 'es') lang = storedLang === 'en' || storedLang === 'es' ? storedLang : null;
  if (lang === null) {
    var languages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
    for (var i = 0; i < languages.length && lang === null; i++) {
      var base = String(languages[i]).toLowerCase().split('-')[0];
      if (base === 'en' || base === 'es') lang = base;
    }
  }
  var overview = location.pathname === appBase && onlyLang && (lang === null || lang === 'en') && !storedFile;
  root.dataset.prerender = overview ? 'show' : 'hide';
})();
