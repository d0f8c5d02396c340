import { describe, expect, it } from 'vitest';
import { contrast, INK, inkOn, luminance, parseColor } from '../../src/panel/accent';

describe('the text colour on the host accent', () => {
  it('reads the colour forms a config or a computed style gives', () => {
    expect(parseColor('#0b6e4f')).toEqual([11, 110, 79]);
    expect(parseColor('#FFF')).toEqual([255, 255, 255]);
    expect(parseColor('#4caf50cc')).toEqual([76, 175, 80]);
    expect(parseColor('rgb(33, 150, 243)')).toEqual([33, 150, 243]);
    expect(parseColor('rgba(33, 150, 243, 0.5)')).toEqual([33, 150, 243]);
    expect(parseColor('rgb(33 150 243 / 50%)')).toEqual([33, 150, 243]);
    expect(parseColor('rebeccapurple')).toBeNull();
    expect(parseColor('var(--brand)')).toBeNull();
  });

  it('computes WCAG luminance and contrast', () => {
    expect(luminance([0, 0, 0])).toBe(0);
    expect(luminance([255, 255, 255])).toBeCloseTo(1, 5);
    expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    // The review measured 2.78:1 for white on Material green.
    expect(contrast([255, 255, 255], parseColor('#4caf50')!)).toBeCloseTo(2.78, 2);
  });

  it('keeps white on the default accent and on dark ones', () => {
    expect(inkOn(parseColor('#0b6e4f')!).ink).toBe(INK.light);
    expect(inkOn(parseColor('#0b6e4f')!).ratio).toBeGreaterThan(6);
    expect(inkOn(parseColor('#1a237e')!).ink).toBe(INK.light);
  });

  it('takes the dark ink where white falls below 4.5:1, and reaches 4.5:1 with it', () => {
    for (const accent of ['#4caf50', '#2196f3', '#ffeb3b', '#ff9800', '#00bcd4']) {
      const { ink, ratio } = inkOn(parseColor(accent)!);
      expect(ink, accent).toBe(INK.dark);
      expect(ratio, accent).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('never leaves text or a focus ring on the accent below 3:1, for any grey', () => {
    for (let v = 0; v <= 255; v++) {
      const { ink, ratio } = inkOn([v, v, v]);
      expect(ratio).toBeGreaterThanOrEqual(3.9);
      expect(contrast([v, v, v], parseColor(ink)!)).toBeCloseTo(ratio, 10);
    }
  });
});
