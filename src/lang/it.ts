import type { InPageWords, LanguagePack } from './types';

// Italian. Patterns see text without accents ("perché" → "perche", "città" → "citta") and with
// apostrophes as spaces ("numero d'ordine" → "numero d ordine").

/** Wording for a whole name ("Nome e cognome"): not the given or family half. */
const WHOLE_NAME = 'nome (e|ed) cognome|cognome (e |ed )?nome|nome completo|nominativo';
const NOT_A_PERSON =
  'azienda|societa|ragione sociale|impresa|carta|utente|dispositivo|negozio|indirizzo|citta|\\bbanca\\b|\\bsito\\b|operatore|gestore|nubile';

export const it: LanguagePack<'it'> = {
  code: 'it',
  detect: {
    words:
      '\\b(il|lo|gli|la|le|di|del|della|delle|dei|che|ed|per|con|una|non|sono|nel|nella|questo|questa|anche|alla|ai|vostro|vostra|nostro|nostra|tuo|tua)\\b',
    letters: '[àèìòù]',
  },
  fields: {
    givenName: { strong: 'primo nome|nome di battesimo', neg: `${WHOLE_NAME}|${NOT_A_PERSON}` },
    familyName: { strong: 'cognome', ident: 'cognome', neg: `${WHOLE_NAME}|${NOT_A_PERSON}` },
    fullName: {
      strong: `${WHOLE_NAME}|\\bnome del (titolare|richiedente|cliente|referente|contatto)|persona di riferimento|\\breferente\\b`,
      // A bare "Nome": full name alone, given name beside "Cognome".
      weak: '^(il )?(tuo |suo |vostro )?nome$',
      identWeak: '^nome$',
      neg: NOT_A_PERSON,
    },
    email: {
      strong: 'posta elettronica',
      neg: 'conferma|ripet|di nuovo|altern|secondari|\\baltr[oa]\\b|amico',
    },
    phone: {
      strong:
        'telefono|cellulare|numero di (contatto|linea|cellulare|telefono)|recapito telefonico|\\bn di (cellulare|telefono)',
      ident: 'telefono|cellulare',
      neg: '\\bquale (telefono|dispositivo|cellulare|smartphone)|altern|secondari|emergenza|urgenza|marca|operatore|gestore|fornitore|^(prefisso|codice|paese)|\\binterno\\b',
    },
    phoneCountryCode: {
      strong:
        '^(prefisso( internazionale| telefonico| paese| del paese)?|codice (del )?paese|codice internazionale)\\b',
      ident: 'prefisso',
    },
    phoneNational: { strong: 'numero (nazionale|locale)|senza (il )?prefisso' },
    subject: {
      strong: '\\boggetto\\b|\\bargomento\\b|titolo (della |del )?(richiesta|messaggio|segnalazione)',
      weak: '^titolo$',
      ident: '\\boggetto\\b',
      neg: 'posizione|mansione|qualifica|\\bsesso\\b|\\bgenere\\b|appellativo',
    },
    description: {
      strong:
        'messaggio|descrizione|dettagli|\\bcomment[oi]\\b|\\b(la tua|la sua) (richiesta|domanda)|come possiamo aiutar|informazioni (aggiuntive|supplementari)|\\brichiesta\\b|segnalazione|\\bproblema\\b|\\bdomanda\\b',
      ident: 'messaggio|descrizione|richiesta',
      neg: 'indirizzo|spedizione|fatturazione|\\btipo\\b|tipologia|motivo|oggetto|titolo',
    },
    reason: {
      strong:
        '\\bmotivo|\\bragione\\b(?! sociale)|\\bcausa\\b|tipo di (richiesta|problema|segnalazione|intervento)|tipologia (di )?(richiesta|problema)|cosa e successo|\\bperche\\b',
      weak: '\\bcategoria|^tipo$|^tipologia$',
      ident: '\\bmotivo\\b',
    },
    orderNumber: {
      strong:
        'numero (d |dell |di |del )?ordine|\\bn (d |dell )?ordine|codice (d |dell )?ordine|\\bid ordine|\\bordine\\b',
      weak: 'numero di riferimento|^riferimento$|numero (di )?pratica',
      ident: '\\bordine\\b',
      neg: 'spedizione|tracking|pacco|buono|regalo|\\bcliente|\\bconto\\b|fattura|importo|commento',
    },
    activationCode: {
      strong: 'codice (di )?attivazione|\\battivazione\\b|codice qr|codice esim',
      weak: 'codice di conferma',
      neg: 'sconto|regalo|buono|sicurezza|postale|\\bconto\\b|licenza|seriale',
    },
    imei: { strong: '\\bimei' },
    eid: { strong: '\\beid\\b|identificativo euicc' },
    iccid: {
      strong: 'iccid|numero (della |di )?(scheda |carta )?sim\\b|seriale (della )?sim|\\bn (della )?sim\\b',
      neg: 'credito|\\bbanca\\b|regalo|fedelta|socio|pagamento|telefono|cellulare',
    },
    deviceModel: {
      strong:
        'modell[oi]|\\bquale (telefono|dispositivo|smartphone|cellulare)\\b|tipo di (dispositivo|telefono|cellulare)',
      weak: '^(il )?(tuo |suo |nuovo )?(dispositivo|terminale|smartphone)$',
      ident: 'modello',
      neg: 'seriale|\\bserie\\b|\\bnumero\\b|operatore|gestore|sistema|veicolo',
    },
    carrier: {
      strong: '\\boperatore\\b|\\bgestore\\b|compagnia telefonica|provider (telefonico|mobile)',
      weak: '^rete$',
      ident: 'operatore|gestore',
      neg: 'spedizione|consegna|corriere|pacco|assicurazione|\\bbanca\\b|pagamento|viaggio|energia|\\bluce\\b',
    },
  },
  form: {
    support:
      'assistenza|supporto|aiuto|contatt|richiesta|servizio clienti|reclamo|sostituzione|smarrimento|furto|segnalazione',
    esim: 'operatore|piano tariffario|offerta mobile|linea mobile|traffico dati|scheda sim|numero di linea',
    login: '\\baccedi\\b|\\baccesso\\b|effettua l accesso',
    signup: '\\bregistrati\\b|registrazione|crea (un )?account|iscriviti',
    reset: 'password dimenticata|reimposta|recupera (la )?password',
    newsletter: 'iscriviti|iscrizione',
    search: '\\bcerca\\b|\\bricerca\\b',
    checkout: 'pagamento|paga ora|\\bcassa\\b|fatturazione|indirizzo di spedizione|acquista ora',
    card: 'numero (della )?carta(?! sim)|carta di credito|scadenza|codice di sicurezza',
    survey: 'sondaggio|questionario|soddisfazione|(e|ti e) stat[oa] utile',
    comment: 'lascia un commento|aggiungi un commento|invia commento|scrivi un commento',
  },
  step: 'avanti|successiv|continua',
  submit:
    '\\binvia|\\bavanti\\b|richiedi|conferma|\\bsalva\\b|\\bcrea\\b|\\bcerca\\b|iscriviti|\\baccedi\\b|\\bregistrati\\b|\\bpaga\\b|\\bordina\\b|prosegui|procedi',
  never: 'parola d ordine|non compilare|lasciare (questo campo )?(vuoto|in bianco)|^(cerca|ricerca)\\b',
  username: 'nome utente|\\butente\\b',
  landline: '\\bfisso\\b|\\bcasa\\b|ufficio|lavoro',
  reasonOptions: {
    lost: 'smarrit|rubat|furto',
    damaged: 'danneggiat|\\brott[oa]\\b|guast',
    newDevice:
      'nuovo (telefono|dispositivo|cellulare|smartphone)|cambio (di )?(telefono|dispositivo|cellulare)',
    deleted: 'cancellat[ao]\\b|eliminat[ao]\\b',
  },
  reasonChoices: {
    lost: 'perdut|\\bpers[oa]\\b|smarrimento',
    damaged: 'non funziona|difettos|\\brott[oi]\\b',
    newDevice: 'cambio (di )?smartphone|nuovo (iphone|telefonino)',
    deleted: 'rimoss|disinstallat',
    other: '(altro|altri|altra|altre)\\b',
  },
  choose: 'seleziona|scegli|nessun[oa]?$',
  pin: '\\bcodice\\b|segret|sicurezza',
  simCard: 'scheda sim',
  website: 'sito web|sito internet',
  reasons: {
    lost: 'Telefono smarrito o rubato',
    damaged: 'Dispositivo danneggiato',
    newDevice: 'Cambio di telefono',
    deleted: 'eSIM eliminata per errore',
    other: 'Altro',
  },
  message: {
    subject: 'Sostituzione eSIM',
    request: 'Richiesta di sostituzione eSIM',
    order: 'ordine',
    hello: 'Buongiorno,',
    ask: 'vorrei richiedere la sostituzione della mia eSIM (nuovo codice QR / nuovo profilo eSIM).',
    thanks: 'Grazie in anticipo.',
    colon: ': ',
    labels: {
      reason: 'Motivo',
      deviceModel: 'Dispositivo',
      orderNumber: "Numero d'ordine",
      fullName: 'Nome',
      email: 'E-mail',
      phone: 'Linea',
      notes: 'Note',
      activationCode: 'Codice di attivazione',
    },
  },
};

/** The in-page prompt's words (fill-prompt.js, loaded into a frame only when it shows a prompt). */
export const itInPage: InPageWords = {
  offerLabel: 'ReSIM può compilare questo modulo',
  fill: 'Compila con ReSIM',
  dismiss: 'Non ora',
  duplicateLabel: 'ReSIM: richiesta già inviata',
  duplicate: 'Hai inviato questa richiesta il {date}: una seconda rallenta la verifica.',
  fillAnyway: 'Compila comunque',
};
