import type { InPageWords, LanguagePack } from './types';

// Dutch (the Netherlands and Flanders: mobiel and gsm, bestelling and order). Patterns see text
// without accents ("België" → "belgie") and hyphens as spaces ("E-mailadres" → "e mailadres").

/** Wording for a whole name ("Voor- en achternaam", "Volledige naam"): not one half. */
const WHOLE_NAME =
  'voor (en|&) achternaam|voornaam (en |& )?achternaam|achternaam (en |& )?voornaam|volledige naam|naam (en|&) voornaam';
/** Names of things that are not a person; the "tussenvoegsel" (van, de) and initials are no half either. */
const NOT_A_PERSON =
  'bedrijf|onderneming|organisatie|\\bfirma\\b|kaart|gebruiker|bijnaam|bestand|apparaat|toestel|winkel|straat|\\bstad\\b|woonplaats|\\bbank|website|meisjesnaam|tussenvoegsel|voorletter|aanbieder';

export const nl: LanguagePack<'nl'> = {
  code: 'nl',
  detect: {
    // Not "de", "en", "die", "is": French, Spanish, German and English write them too.
    words:
      '\\b(het|een|uw|wij|niet|voor|naar|bij|ook|zijn|worden|wordt|kunt|kunnen|graag|onze|deze|hebt|heeft|jouw|waar|vul|maar|nog|van|ons|uit|jullie|alstublieft)\\b',
    letters: 'ij',
  },
  fields: {
    givenName: { strong: 'voornaam|roepnaam', ident: 'voornaam', neg: `${WHOLE_NAME}|${NOT_A_PERSON}` },
    familyName: {
      strong: 'achternaam|familienaam|geslachtsnaam',
      ident: 'achternaam|familienaam',
      neg: `${WHOLE_NAME}|${NOT_A_PERSON}`,
    },
    fullName: {
      strong: `${WHOLE_NAME}|\\b(uw|je|jouw) (volledige )?naam\\b|\\bcontactpersoon|\\bnaam (van de )?(aanvrager|klant|contactpersoon|abonnee)`,
      // A bare "Naam": the whole name alone, the given name beside "Achternaam".
      weak: '^(uw |je |jouw )?naam$',
      identWeak: '^naam$',
      neg: NOT_A_PERSON,
    },
    email: {
      strong: 'e ?mail ?adres|mailadres',
      ident: 'e ?mail ?adres|mailadres',
      neg: 'bevestig|herha+l|nogmaals|opnieuw|alternatie|\\btweede\\b|\\bandere?\\b',
    },
    phone: {
      strong:
        'telefoon|\\bmobiel\\b|mobiele (nummer|telefoon)|\\bgsm\\b|\\b06 nummer|contactnummer|\\btel\\b(?! qu)',
      ident: 'telefoon|\\bmobiel\\b',
      neg: '\\bwelke? (telefoon|toestel|apparaat|smartphone)|alternatie|\\btweede\\b|noodnummer|\\bmerk\\b|fabrikant|aanbieder|^(landcode|landnummer)|toestelnummer|doorkies',
    },
    phoneCountryCode: {
      strong: '^(landcode|landnummer|landprefix|internationaal (kengetal|voorvoegsel))',
      ident: 'landcode',
    },
    phoneNational: { strong: 'zonder (landcode|landnummer)|nationaal nummer' },
    subject: {
      strong: '\\bonderwerp\\b',
      ident: '\\bonderwerp\\b',
      neg: '\\baanhef\\b|geslacht|\\bfunctie\\b',
    },
    description: {
      strong:
        'bericht|opmerking|toelichting|omschrijving|beschrijving|\\bvraag\\b|\\buw (vraag|verzoek|aanvraag)|hoe kunnen (we|wij) (u |je )?helpen|aanvullende (informatie|gegevens)|\\bklacht\\b|\\bprobleem\\b|mededeling',
      ident: 'bericht|opmerking|omschrijving',
      neg: 'adres|straat|bezorg|factu|onderwerp|\\bsoort\\b|categorie|\\breden\\b',
    },
    reason: {
      strong:
        '\\breden\\b|(soort|type) (vraag|verzoek|aanvraag|melding|probleem|klacht)|wat is er gebeurd|\\bwaarom\\b',
      weak: '\\bcategorie|^soort$',
      ident: '\\breden\\b',
    },
    orderNumber: {
      strong: 'bestel ?(nummer|nr)\\b|order ?(nummer|nr)\\b|\\bbestelling\\b|aankoopnummer',
      weak: 'referentienummer|^referentie$|dossiernummer',
      ident: 'bestel|ordernummer',
      neg: 'zending|pakket|cadeau|waardebon|klantnummer|factuur|bedrag|datum|opmerking',
    },
    activationCode: {
      strong: 'activerings ?code|activatie ?code|\\bactivering\\b|\\bactivatie\\b|esim ?code',
      weak: 'bevestigingscode',
      neg: 'cadeau|korting|waardebon|beveiliging|licentie|productcode|serienummer',
    },
    imei: { strong: '\\bimei' },
    eid: { strong: '\\beid\\b' },
    iccid: {
      strong: 'iccid|\\bsim ?(kaart ?)?nummer\\b|simkaartnummer|serienummer (van )?(de )?(sim|simkaart)\\b',
      neg: 'krediet|cadeau|\\blid\\b|betaal|telefoonnummer|mobiel nummer',
    },
    deviceModel: {
      strong:
        '\\bmodel\\b|merk (en|&) (type|model)|toesteltype|type (toestel|telefoon|apparaat)|\\bwelke? (toestel|telefoon|apparaat|smartphone)\\b',
      weak: '^(uw |je |nieuwe? |huidige? )?(toestel|apparaat|smartphone)$',
      neg: 'serienummer|\\bnummer\\b|aanbieder|besturingssysteem|voertuig',
    },
    carrier: {
      strong:
        'mobiele (provider|aanbieder|operator)|telecom ?(aanbieder|provider)|netwerkaanbieder|huidige (provider|aanbieder)|\\baanbieder\\b',
      // A bare "Provider" is matched by the English pack.
      weak: '^netwerk$',
      neg: 'verzend|bezorg|levering|pakket|koerier|verzekering|betaal|\\breis|energie|stroom',
    },
  },
  form: {
    support:
      'klantenservice|klantendienst|\\bhulp\\b|ondersteuning|aanvraag|verzoek|klacht|vervang|verlies|diefstal|stel (je|uw) vraag',
    esim: 'simkaart|mobiel abonnement|bundel|mobiele (data|telefonie|internet)|belminuten',
    login: 'inloggen|\\blog (in|je in|u in)\\b',
    signup: 'registreren|registratie|account (aanmaken|maken)|maak (een |je |uw )?account',
    reset: 'wachtwoord (vergeten|herstellen|resetten|opnieuw instellen)',
    newsletter: 'nieuwsbrief|abonneren|schrijf (je|u) in',
    search: '\\bzoeken\\b|\\bzoek\\b',
    checkout: 'afrekenen|betalen|betaling|bestelling plaatsen|factuuradres|bezorgadres|winkelwagen',
    card: '(?<!sim ?)kaartnummer|creditcard|vervaldatum|beveiligingscode',
    survey:
      'enquete|tevredenheid|beoordeel|beoordeling|was dit (artikel |antwoord )?nuttig|hoe waarschijnlijk',
    comment: 'reactie (plaatsen|achterlaten|toevoegen)|laat een reactie achter|plaats (een )?reactie',
  },
  step: 'volgende|verder|doorgaan',
  submit:
    'verzend|verstuur|\\bvolgende\\b|\\bverder\\b|aanvragen|bevestig|opslaan|aanmaken|zoeken|abonneren|inloggen|registreren|betalen|bestellen|indienen',
  never:
    'wachtwoord|niet invullen|leeg laten|laat (dit (veld|vak) |deze )?leeg|een mens bent|^(zoek|zoeken)\\b',
  username: 'gebruikersnaam|\\bgebruiker\\b|inlognaam',
  landline: 'vaste (lijn|telefoon|nummer)|vast nummer|thuis|\\bwerk\\b|kantoor|zakelijk',
  reasonOptions: {
    lost: 'verloren|gestolen|\\bkwijt\\b|diefstal|verlies',
    damaged: 'beschadigd|kapot',
    newDevice: 'nieuwe? (telefoon|toestel|smartphone|gsm)|(toestel|telefoon)wissel',
    deleted: 'verwijderd|gewist',
  },
  reasonChoices: {
    lost: 'vermist|kwijtgeraakt',
    damaged: '\\bdefect\\b|werkt niet|gebroken',
    newDevice: 'ander toestel|overstap naar',
    deleted: 'per ongeluk',
    other: '(anders|overig|overige|overigen)\\b',
  },
  choose: 'kies|selecteer|maak een keuze|geen$',
  pin: '\\bpin ?code\\b|\\bcode\\b|beveiliging|geheim',
  simCard: 'simkaart|sim kaart',
  website: '\\bwebsite|webadres',
  reasons: {
    lost: 'Telefoon verloren of gestolen',
    damaged: 'Toestel beschadigd',
    newDevice: 'Nieuwe telefoon',
    deleted: 'eSIM per ongeluk verwijderd',
    other: 'Anders',
  },
  message: {
    subject: 'Vervanging eSIM',
    request: 'Aanvraag vervanging eSIM',
    order: 'bestelling',
    hello: 'Beste klantenservice,',
    ask: 'Graag ontvang ik een vervangende eSIM (een nieuwe QR-code / een nieuw eSIM-profiel).',
    thanks: 'Alvast bedankt.',
    colon: ': ',
    labels: {
      reason: 'Reden',
      deviceModel: 'Toestel',
      orderNumber: 'Bestelnummer',
      fullName: 'Naam',
      email: 'E-mailadres',
      phone: 'Telefoonnummer',
      notes: 'Opmerkingen',
      activationCode: 'Activatiecode',
    },
  },
};

/** The in-page prompt's words (fill-prompt.js, loaded into a frame only when it shows a prompt). */
export const nlInPage: InPageWords = {
  offerLabel: 'ReSIM kan dit formulier invullen',
  fill: 'Invullen met ReSIM',
  dismiss: 'Niet nu',
  duplicateLabel: 'ReSIM: aanvraag al verzonden',
  duplicate: 'U hebt deze aanvraag op {date} verzonden — een tweede vertraagt de behandeling.',
  fillAnyway: 'Toch invullen',
};
