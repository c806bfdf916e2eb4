/** Progressive enhancement: citations are plain text without JavaScript; this adds copy buttons. */
export function enableCopyButtons(): void {
  const section = document.querySelector<HTMLElement>('.cite');
  const status = section?.querySelector<HTMLElement>('.copy-status');
  if (!section || !status || !navigator.clipboard) return;
  for (const button of section.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const source = button.previousElementSibling;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(source?.textContent?.trim() ?? '');
        status.textContent = section.dataset.copied ?? '';
      } catch {
        status.textContent = section.dataset.failed ?? '';
      }
    });
  }
}
