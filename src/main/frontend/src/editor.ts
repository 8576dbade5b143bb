// The editor page: the draft's date feeds the plugin's data-factcheck-published, and the API key
// typed into the header (needed when access control is on) its data-factcheck-key.
import { apiKey, keyField } from './apikey';

const draft = document.getElementById('draft')!;
const published = document.getElementById('published') as HTMLInputElement;

published.addEventListener('change', () => {
  if (published.value) draft.setAttribute('data-factcheck-published', published.value);
  else draft.removeAttribute('data-factcheck-published');
  draft.dispatchEvent(new Event('input', { bubbles: true }));
});

function useKey(key: string | null): void {
  if (key) draft.setAttribute('data-factcheck-key', key);
  else draft.removeAttribute('data-factcheck-key');
}

useKey(apiKey());
keyField((key) => {
  useKey(key);
  draft.dispatchEvent(new Event('input', { bubbles: true }));
});
