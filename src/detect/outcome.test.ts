import { describe, expect, test } from 'vitest';
import { gateForm } from './gate';

// P5–P7 on whole forms, through the gate: what a form gets is decided by the form — its boxes,
// headings, buttons, title and URL — and never by the domain it is served on.

const setUrl = (url: string) =>
  (window as unknown as { happyDOM?: { setURL(url: string): void } }).happyDOM?.setURL(url);

function outcome(body: string, page: { title?: string; url?: string; telecom?: boolean } = {}) {
  setUrl(page.url ?? 'https://www.opt.nc/');
  document.title = page.title ?? '';
  document.body.innerHTML = body;
  return gateForm(document.querySelector('form')!, document, { telecom: page.telecom ?? true }).outcome;
}

const CONTACT_FR = `<h1>Contactez-nous</h1><form><label>Nom<input name="nom"></label>
  <label>Adresse e-mail<input type="email" name="mail"></label>
  <label>Votre message<textarea name="message"></textarea></label><button>Envoyer</button></form>`;

describe('P5: automatic only for a SIM / eSIM replacement or support request', () => {
  test.each([
    [
      'a heading that says eSIM (fr)',
      `<h1>Demande de remplacement eSIM</h1><form><label>Nom<input name="n"></label><label>Courriel<input type="email" name="e"></label><label>Précisions<textarea name="d"></textarea></label><button>Envoyer</button></form>`,
      {},
    ],
    [
      'a box asking for the IMEI (en)',
      `<h2>Contact support</h2><form><label>Email<input type="email" name="e"></label><label>IMEI<input name="imei"></label><label>Message<textarea name="m"></textarea></label><button>Submit</button></form>`,
      {},
    ],
    [
      'the URL says eSIM',
      `<h1>Assistance</h1><form><label>Nom<input name="n"></label><label>Courriel<input type="email" name="e"></label><label>Votre demande<textarea name="d"></textarea></label><button>Envoyer</button></form>`,
      { url: 'https://www.opt.nc/assistance/esim/remplacement' },
    ],
    [
      'SIM卡 in the title (zh)',
      `<h1>联系客服</h1><form><label>姓名<input name="n"></label><label>手机号码<input name="p"></label><label>问题描述<textarea name="d"></textarea></label><button>提交</button></form>`,
      { title: '补办SIM卡 - 在线申请' },
    ],
    [
      'an order number on a form that speaks of a SIM card',
      `<h1>Nous écrire</h1><form><p>Votre carte SIM ne fonctionne plus ?</p><label>Nom<input name="n"></label><label>Courriel<input type="email" name="e"></label><label>Numéro de commande<input name="commande"></label><label>Message<textarea name="m"></textarea></label><button>Envoyer</button></form>`,
      {},
    ],
  ])('%s', (_name, body, page) => {
    expect(outcome(body, page)).toBe('automatic');
  });
});

describe('P6: any other support or contact form is offered, not filled', () => {
  test('a general contact form on the carrier domain (the domain is no evidence)', () => {
    expect(outcome(CONTACT_FR, { url: 'https://www.opt.nc/contact', telecom: true })).toBe('offer');
  });

  test("a shop's contact form asking for an order number, with no word of a SIM", () => {
    expect(
      outcome(
        `<h1>Contact us</h1><form><label>Name<input name="n"></label><label>Email<input type="email" name="e"></label><label>Order number<input name="order"></label><label>Message<textarea name="m"></textarea></label><button>Send</button></form>`,
      ),
    ).toBe('offer');
  });
});

describe('P7: nothing for forms that are no request', () => {
  test.each([
    [
      'login',
      `<form><label>Adresse e-mail<input type="email" name="email"></label><label>Mot de passe<input type="password" name="pw"></label><button>Se connecter</button></form>`,
    ],
    [
      'sign-up with a comment box',
      `<h2>Créer un compte</h2><form><label>Nom<input name="n"></label><label>E-mail<input type="email" name="e"></label><label>Mot de passe<input type="password" name="p"></label><label>Mot de passe (confirmation)<input type="password" name="p2"></label><label>Commentaire<textarea name="c"></textarea></label><button>S'inscrire</button></form>`,
    ],
    [
      'newsletter',
      `<form><h3>Newsletter</h3><label>Votre e-mail<input type="email" name="e"></label><button>S'abonner</button></form>`,
    ],
    ['search', `<form role="search"><input type="search" name="q"><button>Rechercher</button></form>`],
    [
      'a blog comment form',
      `<h3>Leave a reply</h3><form><label>Name<input name="author"></label><label>Email<input type="email" name="email"></label><label>Website<input name="url"></label><label>Comment<textarea name="comment"></textarea></label><button>Post comment</button></form>`,
    ],
    [
      'checkout',
      `<h1>Paiement</h1><form><label>Nom<input name="n"></label><label>Numéro de carte<input name="cc" autocomplete="cc-number"></label><button>Payer</button></form>`,
    ],
  ])('%s', (_name, body) => {
    expect(outcome(body)).toBe('nothing');
  });
});
