(function () {
  // A link into a folded chapter of the consolidated text opens the fold (Chromium does this itself on
  // fragment navigation; other browsers may not).
  function unfold() {
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    for (var node = target; node; node = node.parentElement) if (node.tagName === 'DETAILS') node.open = true;
    if (target) target.scrollIntoView();
  }
  window.addEventListener('hashchange', unfold);
  if (location.hash) unfold();
  // Keyboard shortcuts j/k for next/previous change. Links do the same without JavaScript; this only adds
  // keys. Location comes from the URL fragment when it names a change, else from the scroll position.
  var changes = Array.prototype.slice.call(document.querySelectorAll('article.change'));
  if (!changes.length) return;
  function current() {
    var id = decodeURIComponent(location.hash.slice(1));
    for (var i = 0; i < changes.length; i++) if (changes[i].id === id) return i;
    var last = -1;
    for (var j = 0; j < changes.length; j++) if (changes[j].getBoundingClientRect().top < 8) last = j;
    return last;
  }
  document.addEventListener('keydown', function (event) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    var step = event.key === 'j' ? 1 : event.key === 'k' ? -1 : 0;
    if (!step) return;
    var at = current();
    var next = Math.max(0, Math.min(changes.length - 1, at < 0 && step < 0 ? 0 : at + step));
    event.preventDefault();
    location.hash = changes[next].id;
    changes[next].focus({preventScroll: true});
  });
})();
