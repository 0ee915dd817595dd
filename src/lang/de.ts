import type { InPageWords, LanguagePack } from './types';

// German. Patterns see text without umlauts ("Gerät" → "gerat", "für" → "fur"); ß stays ß
// ("Straße" → "straße"), so both spellings are written out where it matters.

/** Wording for a whole name ("Vor- und Nachname", "Name, Vorname"): not the given or family half. */
const WHOLE_NAME =
  'vor (und|&) (nach|zu)name|vorname (und |& )?(nach)?name|(nach)?name (und |& )?vorname|vollstandiger name';
const NOT_A_PERSON =
  '\\bfirma\\b|\\bfirmen|unternehmen|gesellschaft|karte|benutzer|anmeldename|datei|\\bgerat|geburtsname|stra(ss|ß)e|stadt|\\bort\\b|bank|webseite|anbieter|netzbetreiber';

export const de: LanguagePack<'de'> = {
  code: 'de',
  detect: {
    words:
      '\\b(der|die|das|und|ist|nicht|sie|ihr|ihre|ihren|wir|mit|fur|zu|ein|eine|einen|den|dem|bitte|auf|oder|von|bei|sich|auch|im|zum|zur|werden|wird|konnen)\\b',
    letters: '[äöüß]',
  },
  fields: {
    givenName: { strong: 'vorname|rufname', neg: `${WHOLE_NAME}|${NOT_A_PERSON}` },
    familyName: { strong: 'nachname|familienname|zuname', neg: `${WHOLE_NAME}|${NOT_A_PERSON}` },
    fullName: {
      strong: `${WHOLE_NAME}|\\bihr name\\b|\\bname des (antragstellers|kunden|ansprechpartners|vertragsinhabers)|ansprechpartner|kontaktperson`,
      // A bare "Name" is matched by the English pack: full name alone, the other half beside one.
      weak: '^(ihr |dein )?name$',
      neg: NOT_A_PERSON,
    },
    email: {
      strong: 'mailadresse|elektronische post',
      neg: 'bestatig|wiederhol|erneut|alternativ|\\bzweite|\\bandere',
    },
    phone: {
      strong: 'telefon|^(ihre |ihr )?handy\\b|handy ?nummer|mobilnummer|mobilfunknummer|rufnummer|festnetz',
      ident: 'telefon|\\bhandy\\b|handynummer|rufnummer|mobilnummer',
      neg: '\\bwelche(s)? (handy|telefon|gerat|smartphone)|alternativ|\\bzweite|notfall|\\bmarke\\b|hersteller|anbieter|netzbetreiber|^(landervorwahl|landesvorwahl|vorwahl)|durchwahl|nebenstelle',
    },
    phoneCountryCode: {
      strong: '^(landervorwahl|landesvorwahl|landerkennung|internationale vorwahl|vorwahl)',
      ident: 'vorwahl',
    },
    phoneNational: { strong: 'ohne (landervorwahl|landesvorwahl|vorwahl)|nationale rufnummer' },
    subject: {
      strong: '\\bbetreff|\\bthema\\b',
      ident: '\\bbetreff\\b',
      neg: '\\banrede\\b|geschlecht|\\bberuf\\b',
    },
    description: {
      strong:
        'nachricht|beschreibung|mitteilung|kommentar|anmerkung|bemerkung|ihre (frage|anfrage)|wie konnen wir (ihnen )?helfen|weitere (informationen|angaben|hinweise)|\\banfrage\\b|\\bfrage\\b',
      ident: 'nachricht|beschreibung|kommentar|anfrage',
      neg: 'adresse|stra(ss|ß)e|lieferung|rechnung|\\bbetreff|grund\\b|kategorie',
    },
    reason: {
      strong:
        '\\b(anfrage|ersatz|austausch|kontakt)?grund\\b|art (der|des|ihrer) (anfrage|anliegens|problems|meldung)|anfrageart|was ist passiert|\\bwarum\\b',
      // "Ihr Anliegen": a choice of topic, or (as a text box) the message itself.
      weak: '\\bkategorie|^art$|^typ$|\\banliegen\\b',
      ident: '\\bgrund\\b',
    },
    orderNumber: {
      strong: 'bestell ?(nummer|nr)\\b|auftrags ?(nummer|nr)\\b|\\bbestellung\\b',
      weak: 'referenznummer|^referenz$|vorgangsnummer',
      ident: 'bestell|auftrag',
      neg: 'sendung|paket|gutschein|geschenk|kundennummer|konto|rechnung|datum|betrag|\\bsumme\\b|kommentar',
    },
    activationCode: {
      strong: 'aktivierungs ?code|\\baktivierung\\b|esim ?code',
      weak: 'bestatigungscode',
      neg: 'gutschein|rabatt|geschenk|sicherheit|postleitzahl|\\bplz\\b|konto|lizenz|produktschlussel|seriennummer',
    },
    imei: { strong: '\\bimei' },
    eid: { strong: '\\beid\\b|euicc ?(id|kennung)' },
    iccid: {
      strong: 'iccid|\\bsim ?(karten ?)?(nummer|nr|seriennummer)\\b',
      neg: 'kredit|\\bbank|geschenk|mitglied|zahlung|telefon|\\bhandy\\b|handynummer|rufnummer',
    },
    deviceModel: {
      strong:
        'modell|geratetyp|\\bwelche(s)? (handy|gerat|smartphone|telefon)\\b|hersteller (und|&) modell|marke (und|&) modell',
      weak: '^(ihr |neues |aktuelles )?(gerat|endgerat|smartphone)$',
      ident: 'modell',
      neg: 'seriennummer|nummer|anbieter|netzbetreiber|betriebssystem|fahrzeug|\\bkfz\\b',
    },
    carrier: {
      strong:
        'netzbetreiber|mobilfunkanbieter|mobilfunkbetreiber|\\banbieter\\b|telefonanbieter|handyanbieter|mobilfunknetz',
      weak: '^netz$',
      ident: 'anbieter|netzbetreiber',
      neg: 'versand|lieferung|paket|spedition|versicherung|\\bbank|zahlung|reise|strom|energie',
    },
  },
  form: {
    support:
      'kundenservice|kundendienst|kundensupport|\\bhilfe\\b|kontakt|anfrage|anliegen|reklamation|beschwerde|ersatz|austausch|verlust|diebstahl',
    esim: 'mobilfunk|netzbetreiber|handytarif|datenvolumen|sim ?karte',
    login: '\\banmelden\\b|\\banmeldung\\b|einloggen',
    signup: 'registrieren|registrierung|konto (erstellen|anlegen|eroffnen)',
    reset: '(passwort|kennwort) vergessen|zurucksetzen',
    newsletter: 'abonnieren',
    search: '\\bsuche\\b|\\bsuchen\\b',
    checkout: '\\bkasse\\b|zahlungs|bezahlen|rechnungsadresse|lieferadresse|jetzt kaufen',
    card: '(?<!sim ?)kartennummer|kreditkarte|ablaufdatum|gultig bis|prufnummer|sicherheitscode',
    survey: 'umfrage|zufriedenheit|bewerten|bewertung|hilfreich',
    comment: 'kommentar (hinterlassen|schreiben|abschicken|verfassen)|antwort hinterlassen',
  },
  step: 'weiter|nachste',
  submit:
    'senden|abschicken|\\bweiter\\b|anfragen|bestatigen|speichern|erstellen|suchen|abonnieren|anmelden|registrieren|bezahlen|bestellen|beantragen',
  never: 'passwort|kennwort|nicht ausfullen|leer lassen|^(suche|suchen)\\b',
  username: 'benutzername|benutzerkennung|\\bbenutzer\\b|anmeldename',
  landline: 'festnetz|geschaftlich|\\bburo\\b|dienstlich|\\barbeit',
  reasonOptions: {
    lost: 'verloren|gestohlen|diebstahl|verlust',
    damaged: 'beschadigt|kaputt|defekt',
    newDevice: 'neues (handy|gerat|smartphone|telefon)|(gerate|handy|smartphone)wechsel',
    deleted: 'geloscht|entfernt',
  },
  reasonChoices: {
    lost: 'abhanden|vermisst',
    damaged: 'zerbrochen|funktioniert nicht|wasserschaden|display ?bruch',
    newDevice: 'neues (endgerat|mobiltelefon)|(gerate|handy)tausch|umstieg auf',
    deleted: 'deinstalliert|versehentlich',
    other: '(sonstige|sonstiges|andere|anderes|weitere)\\b',
  },
  choose: 'bitte (aus)?wahlen|(aus)?wahlen$|keine auswahl',
  // Carriers verify the holder with a "Kundenkennwort": no login.
  pin: '\\bcode\\b|geheim|sicherheits|kundenkennwort|kennzahl',
  simCard: 'sim ?karte',
  website: 'webseite|website|homepage',
  reasons: {
    lost: 'Handy verloren oder gestohlen',
    damaged: 'Gerät beschädigt',
    newDevice: 'Gerätewechsel',
    deleted: 'eSIM versehentlich gelöscht',
    other: 'Sonstiges',
  },
  message: {
    subject: 'eSIM-Ersatz',
    request: 'Bitte um Ersatz meiner eSIM',
    order: 'Bestellung',
    hello: 'Guten Tag,',
    ask: 'ich möchte einen Ersatz für meine eSIM beantragen (neuer QR-Code / neues eSIM-Profil).',
    thanks: 'Vielen Dank im Voraus.',
    colon: ': ',
    labels: {
      reason: 'Grund',
      deviceModel: 'Gerät',
      orderNumber: 'Bestellnummer',
      fullName: 'Name',
      email: 'E-Mail',
      phone: 'Rufnummer',
      notes: 'Anmerkungen',
      activationCode: 'Aktivierungscode',
    },
  },
};

/** The in-page prompt's words (fill-prompt.js, loaded into a frame only when it shows a prompt). */
export const deInPage: InPageWords = {
  offerLabel: 'ReSIM kann dieses Formular ausfüllen',
  fill: 'Mit ReSIM ausfüllen',
  dismiss: 'Nicht jetzt',
  duplicateLabel: 'ReSIM: Anfrage bereits gesendet',
  duplicate: 'Sie haben diese Anfrage am {date} gesendet – eine zweite verzögert die Bearbeitung.',
  fillAnyway: 'Trotzdem ausfüllen',
};
