import type { InPageWords, LanguagePack } from './types';

// Spanish (Spain and Latin America: móvil and celular, pedido and orden). Patterns see text without
// accents: "teléfono" arrives as "telefono", "contraseña" as "contrasena".

/** Wording for a whole name ("Nombre y apellidos"): not the given or family half. */
const WHOLE_NAME = 'nombres? (y|e) apellidos?|apellidos? (y )?nombres?|nombre completo';
const NOT_A_PERSON =
  'empresa|compania|razon social|tarjeta|usuario|archivo|dispositivo|tienda|\\bcalle\\b|ciudad|banco|\\bsitio\\b|operador';

export const es: LanguagePack<'es'> = {
  code: 'es',
  detect: {
    words:
      '\\b(el|los|las|la|del|y|usted|sus|nuestro|nuestra|para|por|con|una|esta|este|puede|tambien|pero|como|al|lo|es|mas|muy|hay)\\b',
    letters: '[ñ¿¡áíóú]',
  },
  fields: {
    givenName: {
      strong: '\\bnombre de pila|\\bprimer nombre|^(tus? |sus? )?nombres$',
      neg: `${WHOLE_NAME}|${NOT_A_PERSON}`,
    },
    familyName: {
      strong: '\\bapellidos?\\b',
      ident: '\\bapellidos?\\b',
      neg: `${WHOLE_NAME}|${NOT_A_PERSON}`,
    },
    fullName: {
      strong:
        'nombres? (y|e) apellidos?|apellidos? (y )?nombres?|nombre completo|\\bnombre del (titular|solicitante|cliente|contacto)|persona de contacto',
      // A bare "Nombre": full name alone, given name beside "Apellidos".
      weak: '^(tu |su )?nombre$',
      identWeak: '^nombre$',
      neg: NOT_A_PERSON,
    },
    email: {
      strong: '\\bcorreo',
      ident: '\\bcorreo\\b',
      neg: 'repetir|\\brepita\\b|vuelva a|de nuevo|alternativ|secundari|\\botro\\b|amigo',
    },
    phone: {
      strong:
        'telefono|\\bmovil\\b|\\bcelular\\b|numero de (contacto|linea|movil|celular)|\\bn de (movil|celular|telefono|linea)',
      ident: 'telefono|\\bmovil\\b|celular',
      neg: '\\b(que|cual) (telefono|dispositivo|movil|celular|equipo)|alternativ|secundari|emergencia|urgencia|marca|proveedor|compania|correo|^(codigo|prefijo|pais)|\\banexo\\b',
    },
    phoneCountryCode: {
      strong:
        '^codigo (de |del )?(pais|marcacion)|^codigo internacional|^prefijo( internacional| telefonico| del? pais| pais)?\\b',
      ident: 'prefijo',
    },
    phoneNational: { strong: 'numero (nacional|local)|sin (el )?prefijo' },
    subject: {
      strong: '\\basunto\\b|\\btema\\b|titulo de (la |su |tu )?(solicitud|consulta|mensaje)',
      weak: '^titulo$',
      ident: '\\basunto\\b',
      neg: '\\bcargo\\b|\\bpuesto\\b|tratamiento|\\bgenero\\b|\\bsexo\\b',
    },
    description: {
      strong:
        'mensaje|\\bdetalles?\\b|comentarios?|\\bconsulta\\b|\\b(su|tu) (solicitud|pregunta|consulta|problema)|(en que|como) (le |te )?podemos ayudar|cuentanos|cuentenos|observaciones|informacion adicional|\\bproblema\\b',
      ident: 'mensaje|comentario|\\bconsulta\\b',
      neg: '\\bdireccion\\b|\\bcalle\\b|\\benvio\\b|facturacion|\\btipo\\b|motivo|asunto|titulo',
    },
    reason: {
      strong:
        '\\bmotivo|\\brazon\\b|tipo de (consulta|solicitud|problema|incidencia|tramite|gestion)|que (ha )?paso|por que (necesita|solicita)',
      weak: '\\bcategoria|^tipo$',
      ident: '\\bmotivo\\b',
    },
    orderNumber: {
      strong:
        'numero de (pedido|orden|compra)|\\bn de (pedido|orden)|codigo de (pedido|compra)|\\bid (de |del )?pedido|^pedido$|\\bpedido (n|no|numero)\\b|orden de compra',
      weak: 'numero de referencia|^referencia$|localizador|numero de (expediente|caso)',
      ident: '\\bpedido\\b',
      neg: 'seguimiento|\\benvio\\b|paquete|cupon|regalo|\\bcliente|cuenta|factura|fecha|\\bimporte\\b|monto|comentario',
    },
    activationCode: {
      strong: 'codigo de activacion|\\bactivacion\\b|codigo qr|codigo esim',
      weak: 'codigo de confirmacion',
      neg: 'regalo|descuento|cupon|seguridad|\\bcuenta\\b|licencia|correo',
    },
    imei: { strong: '\\bimei' },
    eid: { strong: '\\beid\\b|identificador euicc' },
    iccid: {
      strong:
        'iccid|numero (de )?(la )?(tarjeta )?sim\\b|\\bn de (la )?(tarjeta )?sim\\b|numero de serie (de )?(la )?(tarjeta )?sim',
      neg: 'credito|debito|banco|regalo|fidelidad|socio|\\bpago\\b|telefono|movil|celular',
    },
    deviceModel: {
      strong:
        '\\bmodelo\\b|marca y modelo|\\b(que|cual) (telefono|dispositivo|movil|celular|equipo)\\b|tipo de (dispositivo|telefono|equipo)',
      weak: '^(tu |su |el |nuevo )?(dispositivo|equipo|terminal|smartphone)( actual| nuevo)?$',
      ident: '\\bmodelo\\b',
      neg: 'serie|\\bnumero\\b|operador|compania|sistema|vehiculo|\\bcoche\\b',
    },
    carrier: {
      strong:
        '\\boperadora?\\b|compania (telefonica|movil|de telefonia|de celular)|proveedor (de servicios?|de telefonia|movil)|\\bred movil',
      weak: '^proveedor$|^compania$',
      ident: '\\boperadora?\\b',
      neg: '\\benvio\\b|entrega|paqueteria|mensajeria|seguro|banco|\\bpago\\b|viaje|electricidad|\\bluz\\b',
    },
  },
  form: {
    support:
      'soporte|asistencia|ayuda|contacto|solicitud|atencion al cliente|servicio al cliente|reclamacion|\\bqueja|reemplazo|sustitucion|reposicion|duplicado|perdida o robo|incidencia|\\bconsulta\\b',
    esim: 'operador|linea movil|plan de datos|datos moviles|itinerancia|tarjeta sim|numero de linea|tarifa movil',
    login: 'iniciar sesion|inicia sesion|\\bingresar\\b|\\bentrar\\b',
    signup: 'registrarse|registrate|crear (una |tu |su )?cuenta|darse de alta',
    reset: 'olvidaste|olvido (su|tu) contrasena|restablecer',
    newsletter: 'suscrib|boletin',
    search: '\\bbuscar\\b|\\bbusqueda\\b',
    checkout: '\\bpago\\b|\\bpagar\\b|finalizar (la )?compra|realizar pedido|facturacion|direccion de envio',
    card: 'numero de (la )?tarjeta(?! sim)|tarjeta de (credito|debito)|fecha de (caducidad|vencimiento)|codigo de seguridad',
    survey: 'encuesta|satisfaccion|\\bvalora|(te|le) ha (sido |resultado )?util',
    comment: 'deja (un|tu) comentario|dejar un comentario|publicar comentario|anadir (un )?comentario',
  },
  step: 'siguiente|continuar',
  submit:
    'enviar|siguiente|solicitar|guardar|\\bcrear\\b|buscar|suscrib|registrar|registrate|\\bpagar\\b|iniciar sesion',
  never: 'contrasena|no (rellenar|completar)|dejar (este campo )?(en blanco|vacio)|^(buscar|busqueda)\\b',
  username: 'nombre de usuario|\\busuario\\b',
  landline: '\\bfijo\\b|\\bcasa\\b|oficina|trabajo|laboral',
  reasonOptions: {
    lost: 'perdid|robad|\\brobo\\b|extravi',
    damaged: 'danad|\\brot[oa]\\b|averiad',
    newDevice:
      'nuevo (telefono|movil|celular|dispositivo|equipo)|cambio de (telefono|movil|celular|dispositivo|equipo)',
    deleted: 'borrad|eliminad',
  },
  reasonChoices: {
    lost: '\\bhurto\\b|sustraid|extravio',
    damaged: '\\brot[oa]s?\\b|estropead|defectuos|no funciona|\\baveria\\b',
    newDevice: '(nuevo|otro) (terminal|smartphone|iphone)|cambio de (terminal|smartphone)',
    deleted: 'suprimid|desinstalad',
    other: '(otro|otros|otra|otras)\\b',
  },
  choose: 'selecciona|seleccione|elige|elija|escoge|escoja|ningun[oa]?$',
  pin: '\\bcodigo\\b|secret|seguridad',
  simCard: 'tarjeta sim',
  website: 'sitio web|pagina web',
  reasons: {
    lost: 'Teléfono perdido o robado',
    damaged: 'Dispositivo dañado',
    newDevice: 'Cambio de teléfono',
    deleted: 'eSIM eliminada por error',
    other: 'Otro',
  },
  message: {
    subject: 'Sustitución de eSIM',
    request: 'Solicitud de sustitución de eSIM',
    order: 'pedido',
    hello: 'Hola:',
    ask: 'Quisiera solicitar la sustitución de mi eSIM (un nuevo código QR / perfil eSIM).',
    thanks: 'Muchas gracias.',
    colon: ': ',
    labels: {
      reason: 'Motivo',
      deviceModel: 'Dispositivo',
      orderNumber: 'Número de pedido',
      fullName: 'Nombre',
      email: 'Correo electrónico',
      phone: 'Línea',
      notes: 'Observaciones',
      activationCode: 'Código de activación',
    },
  },
};

/** The in-page prompt's words (fill-prompt.js, loaded into a frame only when it shows a prompt). */
export const esInPage: InPageWords = {
  offerLabel: 'ReSIM puede rellenar este formulario',
  fill: 'Rellenar con ReSIM',
  dismiss: 'Ahora no',
  duplicateLabel: 'ReSIM: solicitud ya enviada',
  duplicate: 'Enviaste esta solicitud el {date}: una segunda retrasa la revisión.',
  fillAnyway: 'Rellenar de todos modos',
};
