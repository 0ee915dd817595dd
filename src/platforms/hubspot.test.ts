import { describe, expect, test } from 'vitest';
import { detectForms } from '../detect/detect';
import type { ControlSignals } from '../detect/types';
import hubspot from './hubspot';
import { form, loadFixture, named } from './lib/test-fixture';

const EN = 'https://www.holafly.com/contact/';
const FR = 'https://www.holafly.com/fr/contact/';
const signals = {} as ControlSignals;
const field = (name: string) => hubspot.fieldHint?.(named(name), signals)?.field;

describe('hubspot forms', () => {
  test('hs-form forms are recognised; only a form that creates a ticket is a support form by itself', () => {
    loadFixture('hubspot-en.html', EN);
    const ticket = form('#hsForm_7c1e9d2a-3b44-4f5e-9a61-2d8e0b7f4c11');
    const newsletter = form('#hsForm_0a9b8c7d');
    expect(hubspot.matchesForm(ticket, document)).toBe(true);
    expect(hubspot.matchesForm(newsletter, document)).toBe(true);
    expect(hubspot.isSupportForm?.(ticket)).toBe(true);
    expect(hubspot.isSupportForm?.(newsletter)).toBe(false);
    loadFixture('hubspot-fr.html', FR);
    expect(hubspot.isSupportForm?.(form('form.hs-form'))).toBe(true);
  });

  test('v3 names (email, firstname, TICKET.subject, TICKET.content)', () => {
    loadFixture('hubspot-en.html', EN);
    expect(field('email')).toBe('email');
    expect(field('firstname')).toBe('givenName');
    expect(field('lastname')).toBe('familyName');
    expect(field('phone')).toBe('phone');
    expect(field('TICKET.subject')).toBe('subject');
    expect(field('TICKET.content')).toBe('description');
    expect(field('TICKET.order_id')).toBeUndefined();
  });

  test('v4 names (0-1/…, 0-5/…): "Nom du ticket" is the subject, not a family name', () => {
    loadFixture('hubspot-fr.html', FR);
    expect(field('0-1/email')).toBe('email');
    expect(field('0-1/lastname')).toBe('familyName');
    expect(field('0-1/mobilephone')).toBe('phone');
    expect(field('0-5/subject')).toBe('subject');
    expect(field('0-5/content')).toBe('description');
    expect(field('0-5/numero_de_commande')).toBeUndefined();
  });

  test('consent boxes and hs_context are never touched', () => {
    loadFixture('hubspot-en.html', EN);
    expect(hubspot.neverTouch?.(named('LEGAL_CONSENT.processing'))).toBe(true);
    expect(hubspot.neverTouch?.(named('LEGAL_CONSENT.subscription_type_11223344'))).toBe(true);
    expect(hubspot.neverTouch?.(named('hs_context'))).toBe(true);
    expect(hubspot.neverTouch?.(named('email'))).toBe(false);
  });
});

test('through the engine: the ticket form passes the gate as HubSpot, the newsletter beside it does not', () => {
  loadFixture('hubspot-en.html', EN);
  const detections = detectForms(document);
  const of = (id: string) => detections.find((d) => d.root.id === id);
  expect(of('hsForm_7c1e9d2a-3b44-4f5e-9a61-2d8e0b7f4c11')?.gate.isSupportForm).toBe(true);
  expect(of('hsForm_7c1e9d2a-3b44-4f5e-9a61-2d8e0b7f4c11')?.platform).toBe('hubspot');
  expect(of('hsForm_0a9b8c7d')?.platform).toBe('hubspot');
  expect(of('hsForm_0a9b8c7d')?.gate.isSupportForm).toBe(false);
});
