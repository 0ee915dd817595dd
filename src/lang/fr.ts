import type { InPageWords, LanguagePack } from './types';

/** Wording for a whole name ("Nom et prénom"): not the given or family half. */
const WHOLE_NAME = '\\bnoms? (et |& )?prenom|prenoms? (et |& )?nom';
const NOT_A_PERSON =
  'societe|entreprise|raison sociale|carte|utilisateur|pseudo|fichier|appareil|boutique|magasin|\\brue\\b|ville|banque|jeune fille';
/** "Perdu" says which phone was lost, unless the box asks for the number of the lost line. */
const LOST = '^(?!.*\\b(numero|number|no|n) de (la )?(ligne|line)\\b|.*\\bline number\\b).*(perdu|\\bvol\\b)';

export const fr: LanguagePack<'fr'> = {
  code: 'fr',
  detect: {
    words: '\\b(les?|la|des|du|une|vous|votre|nous|et|pour|avec)\\b',
    letters: '[éèêëàâçîïôûœ]',
  },
  fields: {
    givenName: { strong: '\\bprenom', neg: `${WHOLE_NAME}|${NOT_A_PERSON}` },
    familyName: {
      strong: '\\bnom (de famille|d usage|de naissance|patronymique)',
      neg: `${WHOLE_NAME}|${NOT_A_PERSON}`,
    },
    fullName: {
      strong:
        '\\bnoms? (et |& )?prenoms?\\b|\\bprenoms? (et |& )?noms?\\b|\\bnom complet|\\bvotre nom (et|complet)|\\bnom du (contact|demandeur|client|titulaire de la ligne)|personne a contacter|interlocuteur',
      // A bare "Nom": full name alone, family name beside "Prénom".
      weak: '^(votre )?noms?$',
      neg: NOT_A_PERSON,
    },
    email: {
      strong: 'courriel|\\bmel\\b|adresse electronique|adresse mail',
      neg: 'ressais|resais|secours|\\bautre\\b|\\bami\\b|parrain',
    },
    phone: {
      strong:
        'telephon|portable|\\bgsm\\b|numero de (la )?(ligne|contact|mobile|portable)|\\bn de (la )?(tel|ligne|mobile|portable)|\\btel\\b(?! qu)',
      neg: `secondaire|secours|urgence|\\bquel(le)? (telephone|appareil|mobile|smartphone|terminal)|marque|fournisseur|${LOST}|courriel|^(indicatif|pays)|(?<!la )\\bposte\\b`,
    },
    phoneCountryCode: {
      strong: '^(indicatif|code (du )?pays|code international|prefixe (international|telephonique|pays))',
    },
    phoneNational: { strong: 'numero (national|local)|sans (l )?indicatif' },
    subject: {
      strong:
        '\\bobjet\\b|\\bsujet\\b|\\btheme\\b|\\bintitule|titre de (la |votre )?(demande|requete|message)',
      weak: '^titre$',
      neg: '\\bposte\\b|fonction|civilit|genre',
    },
    description: {
      strong:
        'precision|detail|commentaire|autre chose|votre (demande|question|requete|probleme)|expli|informations? (complementaires?|supplementaires?)|\\bremarques?\\b|\\bobservations?\\b|(comment|que) pouvons nous|\\bdemande\\b|\\bprobleme\\b',
      neg: '\\brue\\b|livraison|factur|cadeau|lettre de motivation|demandes? particuliere|\\bmotif|raison|\\bobjet\\b|\\bsujet\\b|\\btitre\\b',
    },
    reason: {
      strong:
        '\\bmotif|\\braison\\b|type de (demande|probleme|requete|souci|incident|sinistre)|nature de (la |votre )?demande|que s est il passe|pourquoi|\\bcause\\b',
      weak: '\\bcategorie|^type$',
    },
    orderNumber: {
      strong: '\\bcommande\\b|numero d achat',
      weak: '^reference$|numero de reference|numero de dossier|\\bn de dossier',
      neg: 'suivi|colis|expedit|cadeau|bon d achat|compte|factur|montant',
    },
    activationCode: {
      strong: 'code d activation|\\bactivation\\b|code qr|\\bqr\\b|adresse sm ?dp|code esim',
      weak: 'code de confirmation',
      neg: 'cadeau|reduc|remise|parrain|\\bjour\\b|courriel|compte|cle de produit|logiciel',
    },
    imei: { strong: '\\bimei' },
    eid: { strong: '\\beid\\b|identifiant euicc' },
    iccid: {
      strong:
        'iccid|(numero|identifiant) (de )?(la )?(carte )?sim\\b|\\bn de (la )?(carte )?sim\\b|numero de serie (de )?(la )?(carte )?sim',
      neg: 'banque|cadeau|fidelite|membre|paiement|telephon',
    },
    deviceModel: {
      strong:
        '\\bmodele\\b|type d appareil|type de (telephone|mobile|terminal)|marque et modele|\\bquel(le)? (telephone|appareil|mobile|smartphone|terminal)',
      weak: '^(votre |nouvel |nouveau |l )?(appareil|terminal|smartphone)( utilise| concerne| actuel)?$',
      neg: 'serie|numero|fournisseur|systeme|vehicul|voiture',
    },
    carrier: {
      strong: 'operateur|fournisseur (de telephonie|mobile|d acces)|\\breseau mobile',
      weak: '^fournisseur$|^reseau$',
      neg: 'livraison|colis|expedit|assurance|banque|paiement|voyage',
    },
  },
  form: {
    support:
      'perte ou vol|\\baide\\b|requete|\\bdemande|reclamation|\\bsav\\b|service client|remplacement|reemission|duplicata|reedition',
    esim: 'operateur|forfait|ligne mobile|numero de ligne|itinerance',
    login: 'connexion|se connecter|identifiez vous',
    signup: 'inscription|s inscrire|creer (un |votre )?compte',
    reset: 'mot de passe oublie|reinitialis',
    newsletter: '\\bs abonner|abonnez|lettre d information',
    search: 'rechercher?',
    checkout: 'paiement|\\bpayer\\b|passer (la )?commande|facturation|adresse de livraison',
    card: 'cryptogramme|numero de (la )?carte (bancaire|de credit)|carte bancaire',
    survey: 'sondage|evaluez|notez|vous a t il aide',
    comment: 'laisser un commentaire|ajouter un commentaire|votre commentaire',
  },
  step: 'suivant|continuer',
  submit:
    'envoyer|valider|soumettre|suivant|demander|enregistrer|creer|recherch|abonner|connexion|inscri|commander',
  never:
    'ne pas (remplir|renseigner|saisir)|laisser (ce champ )?vide|mot de passe|^(rechercher|recherche)\\b',
  username: 'identifiant|\\bpseudo|nom d utilisateur',
  landline: '\\bfixe\\b|domicile|bureau|professionnel',
  reasonOptions: {
    lost: 'perdu|perte|\\bvol\\b|vole',
    damaged: 'cass|endommag',
    newDevice: 'nouveau (telephone|mobile|appareil)|changement',
    deleted: 'supprim',
  },
  reasonChoices: {
    lost: '\\b(perdu|perdue|perte|vol|vole|volee)\\b',
    damaged: '\\b(endommage|endommagee|casse|cassee|abime|defectueux|en panne)\\b',
    newDevice:
      '\\b(nouveau|nouvel|nouvelle|changement|changer|change|transfert)\\b.*\\b(telephone|appareil|terminal|portable|mobile|smartphone|iphone)\\b',
    deleted: '\\b(supprime|supprimee|suppression|efface|effacee|desinstalle)\\b',
    other: '(autre|autres|divers)\\b',
  },
  choose: 'aucun|choisi|selectionn|veuillez|faites votre choix',
  pin: '\\bcode\\b|secret|securit|\\bnip\\b|mot de passe (du |de )?service',
  simCard: 'carte sim',
  website: 'site web',
  reasons: {
    lost: 'Téléphone perdu ou volé',
    damaged: 'Appareil endommagé',
    newDevice: 'Changement de téléphone',
    deleted: 'eSIM supprimée par erreur',
    other: 'Autre',
  },
  message: {
    subject: "Remplacement d'eSIM",
    request: "Demande de remplacement d'eSIM",
    order: 'commande',
    hello: 'Bonjour,',
    ask: 'Je souhaite obtenir le remplacement de mon eSIM (nouveau code QR / nouveau profil eSIM).',
    thanks: "Merci d'avance.",
    colon: ' : ',
    labels: {
      reason: 'Motif',
      deviceModel: 'Appareil',
      orderNumber: 'Numéro de commande',
      fullName: 'Nom',
      email: 'E-mail',
      phone: 'Ligne',
      notes: 'Remarques',
      activationCode: "Code d'activation",
    },
  },
};

/** The in-page prompt's words (fill-prompt.js, loaded into a frame only when it shows a prompt). */
export const frInPage: InPageWords = {
  offerLabel: 'ReSIM peut remplir ce formulaire',
  fill: 'Remplir avec ReSIM',
  dismiss: 'Pas maintenant',
  duplicateLabel: 'ReSIM : demande déjà envoyée',
  duplicate: 'Vous avez envoyé cette demande le {date} — une deuxième ralentit son traitement.',
  fillAnyway: 'Remplir quand même',
};
