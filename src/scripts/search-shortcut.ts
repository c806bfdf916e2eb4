/** "/" focuses the search box, as on many sites; not while typing in a field. */
export function enableSearchShortcut(): void {
  addEventListener('keydown', (event) => {
    const active = document.activeElement as HTMLElement | null;
    if (event.key !== '/' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (active && (/^(INPUT|TEXTAREA|SELECT)$/u.test(active.tagName) || active.isContentEditable)) return;
    const box = document.getElementById('zoekterm') ?? document.getElementById('site-search-q');
    if (!box) return;
    event.preventDefault();
    box.focus();
  });
}
