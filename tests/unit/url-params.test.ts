import { describe, expect, it } from 'vitest';
import { readUrlSettings } from '../../src/core/urlParams';

describe('settings in the address', () => {
  it('takes a known language and renderer', () => {
    expect(readUrlSettings('?lang=en&renderer=canvas')).toEqual({ lang: 'en', renderer: 'canvas', unknown: [] });
    expect(readUrlSettings('?renderer=webgl')).toEqual({ lang: null, renderer: 'webgl', unknown: [] });
    expect(readUrlSettings('')).toEqual({ lang: null, renderer: null, unknown: [] });
  });

  it('ignores a value it does not know, and says which', () => {
    expect(readUrlSettings('?renderer=vulkan&lang=xx')).toEqual({ lang: null, renderer: null, unknown: ['lang=xx', 'renderer=vulkan'] });
  });

  it('reports an unknown setting by its name, cut short', () => {
    const long = 'x'.repeat(100);
    expect(readUrlSettings(`?cheat=1&${long}=2&cheat=3`).unknown).toEqual(['cheat', 'x'.repeat(40)]);
  });
});
