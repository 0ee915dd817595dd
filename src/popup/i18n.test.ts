import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useLocale } from '../../tests/support/fake-i18n';
import { documentLanguage, formatList, t, tAny, uiLanguage } from './i18n';

beforeEach(() => fakeBrowser.reset());

describe('t', () => {
  test('reads the locale the browser picked, with substitutions', () => {
    useLocale('fr');
    expect(t('label_given_name')).toBe('Prénom');
    expect(t('show_field', 'IMEI')).toBe('Afficher IMEI');
  });

  test('shows the message name rather than an empty label when a message is missing', () => {
    useLocale('en');
    expect(t('no_such' as never)).toBe('no_such');
    expect(tAny('no_such')).toBe('');
  });
});

describe('documentLanguage and uiLanguage', () => {
  test('use the browser language when ReSIM shows it', () => {
    useLocale('fr', 'fr-NC');
    expect(documentLanguage()).toBe('fr-NC');
    expect(uiLanguage()).toBe('fr');
    useLocale('zh_CN', 'zh_CN');
    expect(documentLanguage()).toBe('zh-CN');
    expect(uiLanguage()).toBe('zh');
  });

  test('name the locale Chrome fell back to when the browser language is not shipped', () => {
    // A Traditional-Chinese or German browser gets the English messages: the page is English.
    useLocale('en', 'de-DE');
    expect(documentLanguage()).toBe('en');
    expect(uiLanguage()).toBe('en');
  });

  test('follow the messages shown even if the reported UI language disagrees', () => {
    // Chromium started with --lang=fr shows French messages but may still report en-US.
    useLocale('fr', 'en-US');
    expect(documentLanguage()).toBe('fr');
    expect(uiLanguage()).toBe('fr');
  });
});

test('formatList writes lists as each language does', () => {
  expect(formatList(['IMEI', 'EID'], 'en')).toBe('IMEI and EID');
  expect(formatList(['IMEI', 'EID'], 'fr')).toBe('IMEI et EID');
  expect(formatList(['IMEI', 'EID', 'ICCID'], 'zh-CN')).toBe('IMEI、EID和ICCID');
});
