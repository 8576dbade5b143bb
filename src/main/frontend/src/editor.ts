// The editor page: the draft's date feeds the plugin's data-factcheck-published.
const draft = document.getElementById('draft')!;
const published = document.getElementById('published') as HTMLInputElement;

published.addEventListener('change', () => {
  if (published.value) draft.setAttribute('data-factcheck-published', published.value);
  else draft.removeAttribute('data-factcheck-published');
  draft.dispatchEvent(new Event('input', { bubbles: true }));
});
