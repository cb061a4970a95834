import { describe, expect, it } from 'vitest';
import { isDisplaySetting, pressedValue } from '../../src/lib/display-settings.ts';

describe('what a 显示设置 press sets', () => {
  it('a 字号 button sets its own size, 标准 removes it', () => {
    expect(pressedValue('font', 'xlarge', undefined)).toBe('xlarge');
    expect(pressedValue('font', 'large', 'xlarge')).toBe('large');
    expect(pressedValue('font', '', 'large')).toBe('');
  });
  it('高对比度 is a toggle', () => {
    expect(pressedValue('contrast', 'high', undefined)).toBe('high');
    expect(pressedValue('contrast', 'high', 'high')).toBe('');
  });
  it('only the two settings are switches', () => {
    expect(isDisplaySetting('font')).toBe(true);
    expect(isDisplaySetting('contrast')).toBe(true);
    expect(isDisplaySetting('toString')).toBe(false);
    expect(isDisplaySetting('q')).toBe(false);
  });
});
