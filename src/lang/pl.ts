import type { InPageWords, LanguagePack } from './types';

// Polish. Patterns see text without accents ("Wiadomość" → "wiadomosc", "Imię" → "imie", "Powód" →
// "powod") but with "ł": NFKD does not split it ("Hasło" → "hasło"), and some pages write it as "l",
// so a word with it is written with "[lł]".

/** Wording for a whole name ("Imię i nazwisko", "Nazwisko i imię"): not one half. */
const WHOLE_NAME = 'imie (i|oraz) nazwisko|nazwisko (i )?imie|imie nazwisko';
/**
 * Names of things that are not a person: a company, unless the label first asks for the person's
 * ("Imię/Nazwa firmy": a first name, or a company's name for a business), a card, a user, a street …;
 * a father's, mother's or second given name is no half either.
 */
const NOT_A_PERSON =
  '^(?!(imie|nazwisko)\\b).*(\\bfirm(a|y|ie|owa|owy)\\b|spo[lł]k|przedsiebiorstw|organizacj|instytucj|\\bnazwa\\b)|\\bkart[aeyi]\\b|uzytkownik|pseudonim|\\bplik|urzadzeni|sklep|\\bulic[aey]\\b|miasto|miejscowosc|\\bstrona|panienski|drugie imie|\\bojca\\b|\\bmatki\\b';

export const pl: LanguagePack<'pl'> = {
  code: 'pl',
  detect: {
    // Not "na", "do", "to", "ze", "sa": Portuguese, Spanish, English, Dutch and French write them too.
    words:
      '\\b(nie|sie|jest|dla|oraz|lub|czy|przez|aby|jak|mozna|prosimy|twoj|twoje|twojego|panstwa|prosze|ktory|ktora|ktore|tym|jesli|zostanie|wiecej|tutaj|juz|jako|moze|bedzie)\\b',
    letters: '[ąćęłńśźż]',
  },
  fields: {
    givenName: { strong: 'pierwsze imie', neg: `${WHOLE_NAME}|${NOT_A_PERSON}` },
    familyName: {
      strong: '\\bnazwisk[oa]\\b',
      ident: '\\bnazwisk[oa]\\b',
      neg: `${WHOLE_NAME}|${NOT_A_PERSON}`,
    },
    fullName: {
      strong: `${WHOLE_NAME}|osoba (do )?kontaktu|osoba kontaktowa`,
      // A bare "Imię": the whole name alone, the given name beside "Nazwisko".
      weak: '^(twoje |pana |pani )?imie$',
      identWeak: '^imie$',
      neg: NOT_A_PERSON,
    },
    email: {
      strong: 'poczt[aeyi] elektroniczn|adres (e ?)?mailowy|e ?mailow',
      neg: 'potwierdz|powtorz|ponownie|alternatywn|\\bdrugi\\b|\\binny\\b|zapasow',
    },
    phone: {
      strong: 'telefon|komork|\\bnr tel|numer (kontaktowy|komorki)',
      ident: 'telefon|komorka',
      neg: '\\bjaki (telefon|model|smartfon)|\\bmarka\\b|producent|operator|\\bsiec\\b|^(kierunkowy|numer kierunkowy|prefiks|kod kraju)|wewnetrzn|awaryjn|dodatkow|alternatywn|zapasow',
    },
    phoneCountryCode: {
      strong: '^(numer )?kierunkow|^kod (kraju|panstwa)|^prefiks( kraju| miedzynarodowy)?\\b',
      ident: 'kierunkowy|prefiks',
    },
    phoneNational: { strong: 'bez (numeru )?kierunkowego|bez prefiksu' },
    subject: {
      strong: '\\btemat\\b|tytu[lł] (wiadomosci|zg[lł]oszenia|sprawy)',
      weak: '^tytu[lł]$',
      ident: '\\btemat\\b',
      neg: 'stanowisk|zwrot grzecznosciowy|\\bp[lł]ec\\b',
    },
    description: {
      strong:
        'wiadomosc|\\btresc|\\bopis|komentarz|\\buwagi\\b|pytanie|twoja (wiadomosc|prosba|sprawa)|w czym mozemy (ci |panu |pani |panstwu )?pomoc|dodatkowe informacje|opisz',
      ident: 'wiadomosc|tresc|komentarz|\\bopis\\b',
      neg: 'adres|\\bulic|dostaw|faktur|\\btemat|rodzaj|kategori|\\bpowod|tytu[lł]',
    },
    reason: {
      strong:
        '\\bpowod\\b|(rodzaj|typ) (zg[lł]oszenia|sprawy|problemu|zapytania|wniosku)|co sie sta[lł]o|\\bdlaczego\\b|przyczyn',
      weak: '\\bkategori|^rodzaj$',
      ident: '\\bpowod\\b',
    },
    orderNumber: {
      strong: '(numer|nr|id) zamowienia|\\bzamowienie\\b|numer transakcji',
      weak: 'numer referencyjny|numer sprawy|numer zg[lł]oszenia',
      ident: 'zamowieni',
      neg: 'przesy[lł]k|paczk|kupon|prezent|\\bklient|\\bkonto\\b|faktur|kwota|komentarz|\\buwagi\\b|sledzeni',
    },
    activationCode: {
      strong: 'kod aktywac|\\baktywacj|kod qr|kod esim',
      weak: 'kod potwierdzajacy',
      neg: 'rabat|kupon|prezent|promocyj|pocztowy|bezpieczenstw|licencj|seryjn|\\bkonto\\b',
    },
    imei: { strong: '\\bimei' },
    eid: { strong: '\\beid\\b' },
    iccid: {
      strong: 'iccid|(numer|nr) (karty )?sim\\b|numer seryjny (karty )?sim\\b',
      neg: 'kredyt|\\bbank|prezent|lojalnosc|cz[lł]onk|p[lł]atn|telefon',
    },
    deviceModel: {
      strong:
        '\\bmodel\\b|marka i model|\\bjaki (telefon|model|smartfon)\\b|(typ|rodzaj) urzadzenia|model (telefonu|urzadzenia|smartfona)',
      weak: '^(twoje |nowe |obecne )?(urzadzenie|smartfon)$',
      neg: 'seryjn|\\bnumer\\b|\\bnr\\b|operator|system|pojazd|samochod',
    },
    carrier: {
      strong: '\\boperator|siec (komorkowa|telefonii)|dostawca (us[lł]ug|telefonii)',
      weak: '^siec$|^dostawca$',
      neg: 'kurier|przesy[lł]k|paczk|ubezpiecz|p[lł]atnos|podroz|energi|\\bpradu\\b',
    },
  },
  form: {
    support:
      '\\bpomoc|wsparcie|obs[lł]ug[ai] klienta|biuro obs[lł]ugi|kontakt|zg[lł]oszeni|reklamacj|skarg|wymian|utrat|kradziez|zapytanie',
    esim: 'karty? sim|operatora|operatorem|abonament|pakiet danych|roaming|siec komorkow|telefonii komorkowej',
    login: 'zaloguj|logowanie',
    signup: 'rejestracj|zarejestruj|za[lł]oz (konto|nowe konto)|utworz konto',
    reset: 'nie pamietasz has[lł]a|zapomnia[lł]e[sm] has[lł]a|(przypomnij|odzyskaj|resetuj|zmien) has[lł]o',
    newsletter: 'subskrybuj|subskrypcj|zapisz sie do',
    search: '\\bszukaj\\b|wyszukaj|wyszukiwani',
    checkout:
      '\\bkasa\\b|do kasy|p[lł]atnos|zap[lł]ac|koszyk|adres dostawy|dane do faktury|z[lł]oz zamowienie',
    card: 'numer karty(?! sim)|karta kredytowa|karty kredytowej|data waznosci|kod zabezpieczajacy',
    survey:
      'ankiet|badanie satysfakcji|zadowolen|\\bocen|czy ta (strona|informacja|odpowiedz) by[lł]a pomocna',
    comment: '(dodaj|zostaw|napisz|opublikuj) komentarz|skomentuj',
  },
  step: 'dalej|nastepn|kontynuuj',
  submit:
    'wyslij|\\bdalej\\b|kontynuuj|zatwierdz|zapisz|utworz|szukaj|subskrybuj|zaloguj|zarejestruj|zap[lł]ac|zamow|potwierdz',
  never:
    'has[lł]o|nie wype[lł]niaj|(pozostaw|zostaw) (to pole )?puste|jestes cz[lł]owiekiem|^(szukaj|wyszukaj)\\b',
  username: 'nazwa uzytkownika|\\buzytkownik\\b',
  landline: 'stacjonarn|domowy|s[lł]uzbowy|\\bbiuro|biurowy',
  reasonOptions: {
    lost: 'zgubion|utracon|utrata|skradzion|kradziez|zagubion',
    damaged: 'uszkodzon|uszkodzenie|zepsut|zniszczon',
    newDevice: 'nowy (telefon|smartfon)|nowe urzadzenie|(zmiana|wymiana) (telefonu|urzadzenia|smartfona)',
    deleted: 'usuniet|usuniec|skasowan',
  },
  reasonChoices: {
    lost: 'zgubi[lł]|zagini',
    damaged: 'nie dzia[lł]a|rozbit|awari',
    newDevice: 'nowy model|zmiana modelu',
    deleted: 'przez pomy[lł]ke',
    other: '(inne|inny|inna|pozosta[lł]e)\\b',
  },
  choose: 'wybierz|wybor$|brak$|prosze wybrac',
  pin: '\\bkod\\b|\\bpin\\b|has[lł]o (do )?(us[lł]ug|abonenta)|zabezpieczen',
  simCard: 'karty? sim',
  website: 'strona (www|internetowa)|adres www',
  reasons: {
    lost: 'Telefon zgubiony lub skradziony',
    damaged: 'Uszkodzone urządzenie',
    newDevice: 'Zmiana telefonu',
    deleted: 'eSIM usunięta przez pomyłkę',
    other: 'Inne',
  },
  message: {
    subject: 'Wymiana eSIM',
    request: 'Prośba o wymianę eSIM',
    order: 'zamówienie',
    hello: 'Dzień dobry,',
    ask: 'Uprzejmie proszę o wymianę mojej karty eSIM (nowy kod QR / nowy profil eSIM).',
    thanks: 'Z góry dziękuję.',
    colon: ': ',
    labels: {
      reason: 'Powód',
      deviceModel: 'Urządzenie',
      orderNumber: 'Numer zamówienia',
      fullName: 'Imię i nazwisko',
      email: 'E-mail',
      phone: 'Numer telefonu',
      notes: 'Uwagi',
      activationCode: 'Kod aktywacyjny',
    },
  },
};

/** The in-page prompt's words (fill-prompt.js, loaded into a frame only when it shows a prompt). */
export const plInPage: InPageWords = {
  offerLabel: 'ReSIM może wypełnić ten formularz',
  fill: 'Wypełnij za pomocą ReSIM',
  dismiss: 'Nie teraz',
  duplicateLabel: 'ReSIM: zgłoszenie już wysłane',
  duplicate: 'To zgłoszenie wysłano {date} — drugie spowolni jego rozpatrzenie.',
  fillAnyway: 'Wypełnij mimo to',
};
