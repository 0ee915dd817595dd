import { describe, expect, test } from 'vitest';
import { pageLanguage, textLanguage } from './language';

const page = (lang: string, body: string) => {
  document.documentElement.lang = lang;
  document.title = '';
  document.body.innerHTML = body;
};

describe('page language from the text', () => {
  test.each([
    ['en', 'Please fill in the form and we will send your new QR code for your eSIM.'],
    ['fr', 'Veuillez remplir le formulaire pour votre demande de remplacement de votre eSIM.'],
    [
      'es',
      'Rellene el formulario y nuestro equipo le enviará un nuevo código QR para su eSIM. Por favor, indique el número de pedido.',
    ],
    ['de', 'Bitte füllen Sie das Formular aus. Wir senden Ihnen einen neuen QR-Code für Ihre eSIM zu.'],
    [
      'it',
      "Compila il modulo e ti invieremo un nuovo codice QR per la tua eSIM. Indica il numero dell'ordine e il motivo della richiesta.",
    ],
    [
      'pt',
      'Preencha o formulário e enviaremos um novo código QR para o seu eSIM. Indique o número do pedido e o motivo da solicitação.',
    ],
    ['ja', '以下のフォームにご記入ください。新しいQRコードをお送りします。'],
    ['zh', '请填写以下信息，我们将尽快为您补办eSIM。'],
    ['ru', 'Заполните форму, и мы отправим вам новый QR-код для вашей eSIM.'],
    [
      'nl',
      'Vul het formulier in en wij sturen u een nieuwe QR-code voor uw eSIM. Vermeld ook uw bestelnummer.',
    ],
    [
      'pl',
      'Wypełnij formularz, a wyślemy nowy kod QR dla Twojej karty eSIM. Prosimy podać numer zamówienia.',
    ],
  ])('%s', (expected, text) => {
    page('', `<h1>eSIM</h1><p>${text}</p>`);
    expect(pageLanguage(document)).toBe(expected);
    expect(textLanguage(text)).toBe(expected);
  });

  test('a Spanish page is not French, a Japanese page is not Chinese', () => {
    expect(textLanguage('¿Ha perdido su teléfono? Solicite aquí una nueva eSIM para su línea.')).toBe('es');
    expect(textLanguage('お問い合わせ内容をご入力のうえ、送信ボタンを押してください。')).toBe('ja');
  });

  test('a Dutch page is not German, a Polish page is not Spanish', () => {
    expect(textLanguage('Bent u uw telefoon kwijt? Vraag hier een nieuwe eSIM aan voor uw nummer.')).toBe(
      'nl',
    );
    expect(textLanguage('Zgubiłeś telefon? Tutaj możesz zamówić nową kartę eSIM dla swojego numeru.')).toBe(
      'pl',
    );
  });

  test('text nothing identifies is English', () => {
    expect(textLanguage('eSIM IMEI EID 12345')).toBe('en');
    expect(textLanguage('양식을 작성해 주시면 새 QR 코드를 보내 드립니다.')).toBe('en');
  });
});

describe('page language from lang attributes', () => {
  test.each([
    ['es-MX', 'es'],
    ['pt-BR', 'pt'],
    ['pt-PT', 'pt'],
    ['de-AT', 'de'],
    ['it-IT', 'it'],
    ['ja', 'ja'],
    ['zh-Hant', 'zh'],
    ['fr-NC', 'fr'],
    ['en-US', 'en'],
    ['ru', 'ru'],
    ['ru-RU', 'ru'],
    ['nl-BE', 'nl'],
    ['pl-PL', 'pl'],
  ])('lang=%s → %s', (lang, expected) => {
    page(lang, '<p>Veuillez remplir le formulaire pour votre demande.</p>');
    expect(pageLanguage(document)).toBe(expected);
  });

  test.each(['ko', 'sv', 'uk'])(
    'a declared language without a pack (%s) is English, whatever the text',
    (lang) => {
      page(lang, '<p>Veuillez remplir le formulaire pour votre demande de remplacement.</p>');
      expect(pageLanguage(document)).toBe('en');
    },
  );

  test('an undetermined tag lets the text decide', () => {
    page('und', '<p>Bitte füllen Sie das Formular aus und senden Sie es uns.</p>');
    expect(pageLanguage(document)).toBe('de');
  });

  test("an element's nearest lang wins over <html lang>", () => {
    page('en', '<div lang="es-MX"><form><input id="x"></form></div><div lang=""><input id="y"></div>');
    expect(pageLanguage(document, document.getElementById('x')!)).toBe('es');
    expect(pageLanguage(document, document.getElementById('y')!)).toBe('en');
  });
});
