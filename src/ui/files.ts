import { h } from './dom';

/** Offers a text as a file download (a save, a report). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { attrs: { href: url, download: fileName } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A button that opens the file picker and hands over the chosen file's name and text. */
export function fileButton(label: string, key: string, onFile: (name: string, text: string) => void): HTMLElement {
  const picker = h('input', {
    class: 'visually-hidden',
    attrs: { type: 'file', accept: '.json,application/json', tabindex: -1, 'aria-hidden': 'true' },
    on: {
      change: () => {
        const file = picker.files?.[0];
        if (file) void file.text().then((text) => onFile(file.name, text));
        picker.value = '';
      },
    },
  });
  const open = h('button', { key, attrs: { type: 'button' }, on: { click: () => picker.click() } }, label);
  return h('span', { class: 'file-button' }, open, picker);
}
