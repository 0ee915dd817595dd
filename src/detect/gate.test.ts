import { describe, expect, test } from 'vitest';
import { gateForm } from './gate';

const setUrl = (url: string) =>
  (window as unknown as { happyDOM?: { setURL(url: string): void } }).happyDOM?.setURL(url);

function gate(body: string, page: { title?: string; url?: string } = {}) {
  setUrl(page.url ?? 'https://www.example.com/');
  document.title = page.title ?? '';
  document.body.innerHTML = body;
  return gateForm(document.querySelector('form')!, document);
}

describe('support request forms', () => {
  test.each([
    [
      'fr',
      '<h1>Demande de remplacement eSIM</h1><form><label>Nom et prénom<input name="n"></label><label>Courriel<input type="email" name="e"></label><label>Numéro de commande<input name="o"></label><label>Précisions<textarea name="d"></textarea></label><button>Envoyer</button></form>',
    ],
    [
      'en',
      '<h2>Contact support</h2><form><label>Email<input type="email" name="e"></label><label>Subject<input name="s"></label><label>Message<textarea name="m"></textarea></label><button>Submit</button></form>',
    ],
    [
      'zh',
      '<h1>联系客服</h1><form><label>姓名<input name="n"></label><label>手机号码<input name="p"></label><label>问题描述<textarea name="d"></textarea></label><button>提交</button></form>',
    ],
    [
      'ru',
      '<h1>Замена eSIM</h1><form><label>ФИО<input name="n"></label><label>Телефон<input name="p"></label><label>Сообщение<textarea name="d"></textarea></label><button>Отправить</button></form>',
    ],
    [
      'nl',
      '<h1>Klantenservice</h1><form><label>Naam<input name="n"></label><label>E-mailadres<input name="e"></label><label>Onderwerp<input name="s"></label><label>Bericht<textarea name="b"></textarea></label><button>Verzenden</button></form>',
    ],
    [
      'pl',
      '<h1>Biuro obsługi klienta</h1><form><label>Imię i nazwisko<input name="n"></label><label>Adres e-mail<input name="e"></label><label>Temat<input name="t"></label><label>Wiadomość<textarea name="w"></textarea></label><button>Wyślij</button></form>',
    ],
  ])('%s', (_, html) => {
    expect(gate(html).isSupportForm).toBe(true);
  });

  test('an eSIM form is in eSIM context; a shop contact form is not', () => {
    const esim = gate(
      '<h1>Replace my eSIM</h1><form><label>EID<input name="eid"></label><label>Email<input type="email" name="e"></label><textarea name="m"></textarea></form>',
    );
    expect(esim).toMatchObject({ isSupportForm: true, esimContext: true });
    const shop = gate(
      '<h1>Contact us</h1><form><label>Name<input name="n"></label><label>Email<input type="email" name="e"></label><label>Order number<input name="o"></label><label>Message<textarea name="m"></textarea></label><button>Send</button></form>',
      { title: 'Contact – Bella Shoes' },
    );
    expect(shop).toMatchObject({ isSupportForm: true, esimContext: false });
  });

  test.each([
    [
      'zh',
      '<h1>eSIM 补办申请</h1><form><label>手机号码<input name="p"></label><label>服务密码<input type="password" name="pw"></label><label>EID<input name="eid"></label><label>补办原因<textarea name="d"></textarea></label><button>提交</button></form>',
    ],
    [
      'en',
      '<h1>Replace my eSIM</h1><form><label>Mobile number<input name="p"></label><label>Service password<input type="password" name="pw"></label><label>EID<input name="eid"></label><label>Details<textarea name="d"></textarea></label><button>Send</button></form>',
    ],
    [
      'ru',
      '<h1>Перевыпуск eSIM</h1><form><label>Номер телефона<input name="p"></label><label>Кодовое слово<input type="password" name="pw"></label><label>EID<input name="eid"></label><label>Комментарий<textarea name="d"></textarea></label><button>Отправить</button></form>',
    ],
    [
      'pl',
      '<h1>Wymiana eSIM</h1><form><label>Numer telefonu<input name="p"></label><label>Kod PIN<input type="password" name="pw"></label><label>EID<input name="eid"></label><label>Uwagi<textarea name="d"></textarea></label><button>Wyślij</button></form>',
    ],
  ])("a line's service password that verifies the holder does not make a %s request a login", (_, html) => {
    expect(gate(html).isSupportForm).toBe(true);
  });

  test('a SIM card number box named like a payment card does not make a checkout', () => {
    const verdict = gate(
      '<h1>eSIM 丢失补办</h1><form><label>手机号<input name="mobile"></label><input name="cardno" placeholder="eSIM 卡号 ICCID"><label>问题描述<textarea name="d"></textarea></label><button>提交工单</button></form>',
    );
    expect(verdict.isSupportForm).toBe(true);
    const russian = gate(
      '<h1>Замена eSIM</h1><form><label>Телефон<input name="phone"></label><input name="cardno" placeholder="Номер сим-карты"><label>Сообщение<textarea name="d"></textarea></label><button>Отправить</button></form>',
    );
    expect(russian.isSupportForm).toBe(true);
    expect(
      gate(
        '<form><label>Card number<input name="cardno"></label><label>Expiry<input name="exp"></label><button>Pay</button></form>',
      ),
    ).toMatchObject({ isSupportForm: false, kind: 'checkout' });
  });

  test('a login password still makes a login form', () => {
    expect(
      gate(
        '<form><label>手机号码<input name="p"></label><label>登录密码<input type="password" name="pw"></label><button>登录</button></form>',
      ),
    ).toMatchObject({ isSupportForm: false, kind: 'login' });
  });

  test('the URL path counts on real pages (Zendesk /hc/…/requests/new)', () => {
    const verdict = gate(
      '<form><label>Your email<input type="email" name="e"></label><textarea name="d"></textarea></form>',
      {
        url: 'https://help.example.com/hc/fr/requests/new',
      },
    );
    expect(verdict.isSupportForm).toBe(true);
    expect(verdict.reason).toContain('support URL');
  });
});

describe('other forms are not support forms', () => {
  test.each([
    [
      'login (en)',
      '<h2>Sign in</h2><form><input type="email" name="e"><input type="password" name="p"><button>Log in</button></form>',
      'login',
    ],
    [
      'login (fr)',
      '<h2>Espace client</h2><form><label>Identifiant<input name="u"></label><label>Mot de passe<input type="password" name="p"></label><button>Se connecter</button></form>',
      'login',
    ],
    [
      'login (zh)',
      '<form><label>用户名<input name="u"></label><label>密码<input type="password" name="p"></label><button>登录</button></form>',
      'login',
    ],
    [
      'sign-up',
      '<h2>Create an account</h2><form><input name="first_name"><input type="email" name="e"><input type="password" name="p"><input type="password" name="p2"><button>Register</button></form>',
      'signup',
    ],
    [
      'sign-up (fr, no password)',
      '<h2>Créer un compte</h2><form><label>Prénom<input name="p"></label><label>Nom<input name="n"></label><label>E-mail<input type="email" name="e"></label><button>S\'inscrire</button></form>',
      'signup',
    ],
    [
      'password reset (fr)',
      '<h2>Mot de passe oublié ?</h2><form><label>Adresse e-mail<input type="email" name="e"></label><button>Réinitialiser</button></form>',
      'password',
    ],
    [
      'lone email box',
      '<form><input type="email" name="email" placeholder="Votre e-mail"><button>OK</button></form>',
      'newsletter',
    ],
    [
      'newsletter (en)',
      '<form><h3>Subscribe to our newsletter</h3><input name="fname" placeholder="First name"><input type="email" name="e"><button>Subscribe</button></form>',
      'newsletter',
    ],
    [
      'newsletter (fr)',
      '<form><h3>Inscrivez-vous à notre lettre d\'information</h3><label>Prénom<input name="p"></label><label>Courriel<input name="c"></label><button>Je m\'abonne</button></form>',
      'newsletter',
    ],
    [
      'newsletter (zh)',
      '<form><p>订阅我们的新闻</p><label>邮箱<input name="m"></label><label>姓名<input name="n"></label><button>订阅</button></form>',
      'newsletter',
    ],
    [
      'search (en)',
      '<form role="search"><input type="search" name="q"><button>Search</button></form>',
      'search',
    ],
    [
      'search (fr)',
      '<form><input name="terme" placeholder="Rechercher dans l\'aide"><button>Rechercher</button></form>',
      'search',
    ],
    ['search (zh)', '<form><input name="kw"><button>搜索</button></form>', 'search'],
    [
      'checkout (card)',
      '<form><input name="email" type="email"><input autocomplete="cc-number" name="c"><input name="cvc" placeholder="CVC"><button>Pay now</button></form>',
      'checkout',
    ],
    [
      'checkout (fr)',
      '<form><label>Numéro de carte bancaire<input name="c"></label><label>Cryptogramme<input name="v"></label><label>Nom<input name="n"></label><button>Payer</button></form>',
      'checkout',
    ],
    [
      'checkout (zh)',
      '<form><label>银行卡号<input name="c"></label><label>有效期<input name="d"></label><button>支付</button></form>',
      'checkout',
    ],
    [
      'survey (en)',
      '<h2>How likely are you to recommend us?</h2><form><label><input type="radio" name="nps" value="9">9</label><label><input type="radio" name="nps" value="10">10</label><textarea name="c"></textarea><button>Send</button></form>',
      'survey',
    ],
    [
      'survey (fr)',
      '<form><h3>Cet article vous a-t-il aidé ?</h3><textarea name="c"></textarea><button>Envoyer</button></form>',
      'survey',
    ],
    [
      'survey (zh)',
      '<form><h3>满意度调查</h3><label><input type="radio" name="s">满意</label><label><input type="radio" name="s">不满意</label><button>提交</button></form>',
      'survey',
    ],
    [
      'comment',
      '<h3>Leave a Reply</h3><form><textarea name="comment"></textarea><input name="author"><input type="email" name="email"><input name="url" type="url"><button>Post Comment</button></form>',
      'comment',
    ],
    [
      'login (ru)',
      '<form><label>Логин<input name="u"></label><label>Пароль<input type="password" name="p"></label><button>Войти</button></form>',
      'login',
    ],
    [
      'newsletter (nl)',
      '<form><h3>Schrijf je in voor onze nieuwsbrief</h3><label>Voornaam<input name="v"></label><label>E-mailadres<input name="e"></label><button>Aanmelden</button></form>',
      'newsletter',
    ],
    [
      'search (pl)',
      '<form><input name="fraza" placeholder="Szukaj w pomocy"><button>Szukaj</button></form>',
      'search',
    ],
    [
      'checkout (ru)',
      '<form><label>Номер карты<input name="c"></label><label>Срок действия<input name="d"></label><button>Оплатить</button></form>',
      'checkout',
    ],
    [
      'comment (pl, a website box)',
      '<form><label>Komentarz<textarea name="k"></textarea></label><label>Imię<input name="i"></label><label>Strona internetowa<input name="s"></label><button>Opublikuj</button></form>',
      'comment',
    ],
  ])('%s', (_, html, kind) => {
    const verdict = gate(html);
    expect(verdict.isSupportForm).toBe(false);
    expect(verdict.kind).toBe(kind);
  });
});
