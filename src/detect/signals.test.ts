import { describe, expect, test } from 'vitest';
import { fieldForLabel } from '../../tests/support/detect';
import { collectSignals } from './signals';

describe('collectSignals', () => {
  test('Chinese labels padded with full-width spaces are read as one word', () => {
    document.body.innerHTML = '<label for="x">姓　　名：</label><input id="x" aria-label="邮　箱">';
    const signals = collectSignals(document.getElementById('x') as HTMLInputElement);
    expect(signals.label).toBe('姓名');
    expect(signals.ariaLabel).toBe('邮箱');
  });

  test('Latin words keep their spaces', () => {
    document.body.innerHTML = '<label for="x">Nom de famille</label><input id="x">';
    expect(collectSignals(document.getElementById('x') as HTMLInputElement).label).toBe('nom de famille');
  });

  test('so a padded "姓　　名" is the full name', () => {
    expect(fieldForLabel('姓　　名：')).toBe('fullName');
  });
});
