// The keyboard map: one place where every desk registers its shortcuts, so that the sheet (?)
// lists exactly what works. A shortcut never fires while a key combination is typed into a field
// unless it uses Ctrl or Alt.
import { t } from './i18n.js';

const bindings = [];

/** {@code combo} like "Ctrl+Enter", "Alt+N", "?", "Escape"; {@code label} a catalogue key. */
export function bind(combo, label, action) {
  bindings.push({ combo, label, action });
  return () => bindings.splice(bindings.findIndex((b) => b.action === action), 1);
}

export function clear() {
  bindings.length = 0;
}

function comboOf(event) {
  const parts = [];
  if (event.ctrlKey || event.metaKey) parts.push('Ctrl');
  if (event.altKey) parts.push('Alt');
  const key = event.key.length === 1 ? event.key.toUpperCase() : event.key;
  if (event.shiftKey && event.key.length > 1) parts.push('Shift');
  parts.push(key === '/' && event.shiftKey ? '?' : key);
  return parts.join('+');
}

document.addEventListener('keydown', (event) => {
  const combo = comboOf(event);
  const typing = event.target.matches?.('input, textarea, select, [contenteditable]');
  const binding = bindings.find((b) => b.combo.toUpperCase() === combo.toUpperCase());
  if (!binding || (typing && !/^(Ctrl|Alt)\+/.test(binding.combo))) return;
  event.preventDefault();
  binding.action(event);
});

/** Fills the sheet's table with what is bound now. */
export function fillSheet(table) {
  const body = table.tBodies[0];
  body.replaceChildren(...bindings.map(({ combo, label }) => {
    const row = body.insertRow();
    const keys = row.insertCell();
    combo.split('+').forEach((part, i) => {
      if (i) keys.append('+');
      const kbd = document.createElement('kbd');
      kbd.textContent = part;
      keys.append(kbd);
    });
    row.insertCell().textContent = t(label);
    return row;
  }));
}
