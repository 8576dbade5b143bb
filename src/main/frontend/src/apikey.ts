// The pages' API key: with access control on, every call to /v1 needs the client's key. The key a
// user types into the header field is kept for the browser tab only (sessionStorage), never in the
// page's address or in local storage.

const STORAGE_KEY = 'factcheck.apiKey';

export function apiKey(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY) || null;
  } catch {
    return null; // storage switched off: the page still works without access control
  }
}

/**
 * Wires the header's key field (`#api-key`) to the tab's storage and calls `changed` when the user
 * sets or clears the key.
 */
export function keyField(changed: (key: string | null) => void): void {
  const field = document.getElementById('api-key') as HTMLInputElement | null;
  if (!field) return;
  field.value = apiKey() ?? '';
  field.addEventListener('change', () => {
    const key = field.value.trim();
    field.removeAttribute('aria-invalid');
    try {
      if (key) sessionStorage.setItem(STORAGE_KEY, key);
      else sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      // without storage the key lasts until the page is left
    }
    changed(key || null);
  });
}

/** Points the user at the key field after the service answered 401 or 403. */
export function askForKey(status: number): string | null {
  if (status !== 401 && status !== 403) return null;
  const field = document.getElementById('api-key') as HTMLInputElement | null;
  field?.setAttribute('aria-invalid', 'true');
  return status === 401
    ? 'The service needs an API key: enter it under “API key” at the top of the page.'
    : 'This API key may not do that: ask an administrator for a key with the right role.';
}
