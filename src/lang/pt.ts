import type { InPageWords, LanguagePack } from './types';

// Portuguese (Brazil and Portugal: celular and telemóvel, sobrenome and apelido, pedido and
// encomenda). Patterns see text without accents: "descrição" → "descricao", "número" → "numero".

/** Wording for a whole name ("Nome completo"): not the given or family half. */
const WHOLE_NAME = 'nome completo|nome (e )?(sobrenome|apelido)';
const NOT_A_PERSON =
  'empresa|razao social|cartao|usuario|utilizador|arquivo|ficheiro|dispositivo|aparelho|loja|\\brua\\b|cidade|banco|\\bsite\\b|operadora|solteira';

export const pt: LanguagePack<'pt'> = {
  code: 'pt',
  detect: {
    words:
      '\\b(o|os|da|dos|das|em|na|nos|um|uma|voce|seu|sua|seus|suas|nao|para|ao|pelo|pela|mais|por favor|obrigado)\\b',
    letters: '[ãõçáâêôíóú]',
  },
  fields: {
    givenName: {
      strong: 'primeiro nome|nome proprio|nome de batismo',
      neg: `${WHOLE_NAME}|${NOT_A_PERSON}`,
    },
    familyName: {
      strong: '\\bsobrenome|\\bapelido|ultimo nome|nome de familia',
      ident: 'sobrenome|apelido',
      neg: `${WHOLE_NAME}|${NOT_A_PERSON}`,
    },
    fullName: {
      strong: `${WHOLE_NAME}|\\bnome do (titular|cliente|requerente|contato|responsavel)|pessoa de conta(c)?to`,
      // A bare "Nome": full name alone, given name beside "Sobrenome".
      weak: '^(o )?(seu |teu )?nome$',
      identWeak: '^nome$',
      neg: NOT_A_PERSON,
    },
    email: {
      strong: 'correio ele(c)?tronico|\\bcorreio\\b',
      neg: 'repetir|\\brepita\\b|novamente|de novo|alternativ|secundari|\\boutro\\b|amigo',
    },
    phone: {
      strong:
        'telefone|telemovel|\\bcelular\\b|numero de (contato|contacto|linha|celular|telemovel)|\\bn de (telefone|celular|telemovel)',
      ident: 'telefone|telemovel|celular',
      neg: '\\bqual (telefone|dispositivo|celular|telemovel|aparelho)|alternativ|secundari|emergencia|urgencia|marca|operadora|fornecedor|^(codigo|prefixo|pais|indicativo|ddi\\b|ddd\\b)|\\bramal\\b|extensao',
    },
    phoneCountryCode: {
      strong:
        '^(ddi\\b|codigo (do |de )?pais|codigo internacional|indicativo( do pais| internacional| telefonico)?\\b|prefixo( internacional| do pais| telefonico)?\\b)',
      ident: '\\bddi\\b|indicativo',
    },
    phoneNational: { strong: 'numero (nacional|local)|sem (o )?(ddi|indicativo|prefixo)' },
    subject: {
      strong: '\\bassunto\\b|\\btema\\b|titulo (do |da )?(pedido|mensagem|solicitacao|chamado)',
      weak: '^titulo$',
      ident: '\\bassunto\\b',
      neg: '\\bcargo\\b|tratamento|\\bgenero\\b|\\bsexo\\b',
    },
    description: {
      strong:
        'mensagem|descricao|detalhes|comentario|observac|\\b(o seu|seu) (pedido|problema)|\\bsua (mensagem|duvida|solicitacao|pergunta)|como podemos ajudar|informac(ao|oes) (adiciona|complementa)|\\bduvida\\b|\\bproblema\\b',
      ident: 'mensagem|descricao|comentario',
      neg: 'endereco|morada|entrega|faturac|\\btipo\\b|motivo|assunto|titulo',
    },
    reason: {
      strong:
        '\\bmotivo|\\brazao\\b|tipo de (pedido|solicitacao|problema|atendimento|chamado)|o que aconteceu|por que (precisa|solicita)',
      weak: '\\bcategoria|^tipo$',
      ident: '\\bmotivo\\b',
    },
    orderNumber: {
      strong:
        'numero d[oa] (pedido|encomenda|compra)|\\bn d[oa] (pedido|encomenda)|codigo d[oa] (pedido|encomenda)|\\bencomenda\\b',
      weak: 'numero de referencia|^referencia$|protocolo',
      ident: 'encomenda',
      neg: 'rastreio|rastreamento|\\benvio\\b|cupom|cupao|\\bvale (presente|compra|desconto)|cartao presente|\\bcliente|\\bconta\\b|fatura|valor',
    },
    activationCode: {
      strong: 'codigo de ac?tivacao|\\bac?tivacao\\b|codigo qr|codigo esim',
      weak: 'codigo de confirmacao',
      neg: 'desconto|cupom|vale presente|cartao presente|seguranca|postal|\\bcep\\b|\\bconta\\b|licenca',
    },
    imei: { strong: '\\bimei' },
    eid: { strong: '\\beid\\b|identificador euicc' },
    iccid: {
      strong:
        'iccid|numero d[oa] (cartao |chip )?sim\\b|numero do chip|\\bn d[oa] (cartao )?sim\\b|numero de serie do (cartao |chip )?sim',
      neg: 'credito|debito|banco|vale presente|cartao presente|fidelidade|socio|pagamento|telefone|celular|telemovel',
    },
    deviceModel: {
      strong:
        '\\bmodelo\\b|\\bqual (telefone|dispositivo|celular|aparelho|telemovel|smartphone)\\b|marca e modelo|tipo de (aparelho|dispositivo|telefone)',
      weak: '^(o )?(seu |novo )?(aparelho|dispositivo|equipamento|smartphone)$',
      ident: '\\bmodelo\\b',
      neg: 'serie|\\bnumero\\b|operadora|sistema|veiculo|\\bcarro\\b',
    },
    carrier: {
      strong: '\\boperadora\\b|\\bprestadora\\b|fornecedor (de servico|de telefonia|movel)|\\brede movel',
      weak: '^fornecedor$',
      ident: '\\boperadora\\b',
      neg: '\\benvio\\b|entrega|transportadora|seguro|banco|pagamento|viagem|energia',
    },
  },
  form: {
    support:
      'suporte|assistencia|ajuda|contato|contacto|fale conosco|solicitacao|atendimento|apoio ao cliente|reclamacao|substituicao|segunda via|perda ou roubo|pedido de (ajuda|suporte|substituicao)',
    esim: 'operadora|plano (movel|de dados)|linha movel|dados moveis|cartao sim|numero de linha',
    login: '\\bentrar\\b|iniciar sessao|fazer login|acesse sua conta',
    signup: 'cadastre se|criar (uma |sua )?conta|crie sua conta|registe se|registrar se',
    reset: 'esqueceu|esqueci|redefinir|recuperar (a )?senha',
    newsletter: '\\bassine\\b|inscreva se|subscrever|boletim',
    search: '\\bpesquisar\\b|\\bbuscar\\b|\\bpesquisa\\b',
    checkout: 'pagamento|\\bpagar\\b|finalizar compra|faturac|endereco de entrega|morada de entrega',
    card: 'numero do cartao(?! sim)|cartao de (credito|debito)|validade|codigo de seguranca',
    survey: 'inquerito|satisfacao|\\bavalie\\b|foi util',
    comment: 'deixe (um|seu) comentario|deixar um comentario|publicar comentario',
  },
  step: 'proximo|seguinte|continuar',
  submit:
    'enviar|seguinte|proximo|solicitar|guardar|salvar|\\bcriar\\b|pesquisar|buscar|assinar|\\bentrar\\b|cadastr|registar|\\bpagar\\b|encomendar',
  never:
    'senha|palavra passe|nao preencher|deixe (este campo )?(em branco|vazio)|^(pesquisar|pesquisa|buscar)\\b',
  username: 'nome de usuario|nome de utilizador|\\busuario\\b|\\butilizador\\b',
  landline: '\\bfixo\\b|\\bcasa\\b|residencial|escritorio|trabalho|comercial',
  reasonOptions: {
    lost: 'perdid|roubad|\\broubo\\b|furtad|extraviad',
    damaged: 'danificad|quebrad|avariad|estragad',
    newDevice:
      'novo (telefone|telemovel|celular|aparelho|dispositivo)|troca de (telefone|aparelho|celular|telemovel)',
    deleted: 'apagad|eliminad|excluid',
  },
  reasonChoices: {
    lost: '\\bperda\\b|furto',
    damaged: 'defeit|nao funciona|partid|avaria',
    newDevice: 'troca de (smartphone|dispositivo|equipamento)|novo (smartphone|iphone)',
    deleted: 'removid|desinstalad',
    other: '(outro|outros|outra|outras)\\b',
  },
  choose: 'selecion[ea]|escolh[ae]|nenhum[a]?$',
  pin: '\\bcodigo\\b|secret|seguranca',
  // Brazil calls the SIM card a "chip".
  simCard: 'cartao sim|\\bchip\\b',
  website: 'pagina (web|na internet)|endereco do site',
  reasons: {
    lost: 'Telefone perdido ou roubado',
    damaged: 'Dispositivo danificado',
    newDevice: 'Troca de telefone',
    deleted: 'eSIM apagado por engano',
    other: 'Outro',
  },
  message: {
    subject: 'Substituição de eSIM',
    request: 'Pedido de substituição de eSIM',
    order: 'pedido',
    hello: 'Olá,',
    ask: 'Gostaria de pedir a substituição do meu eSIM (novo código QR / novo perfil eSIM).',
    thanks: 'Agradeço desde já.',
    colon: ': ',
    labels: {
      reason: 'Motivo',
      deviceModel: 'Dispositivo',
      orderNumber: 'Número do pedido',
      fullName: 'Nome',
      email: 'E-mail',
      phone: 'Linha',
      notes: 'Observações',
      activationCode: 'Código de ativação',
    },
  },
};

/** The in-page prompt's words (fill-prompt.js, loaded into a frame only when it shows a prompt). */
export const ptInPage: InPageWords = {
  offerLabel: 'O ReSIM pode preencher este formulário',
  fill: 'Preencher com o ReSIM',
  dismiss: 'Agora não',
  duplicateLabel: 'ReSIM: pedido já enviado',
  duplicate: 'Você enviou este pedido em {date} — um segundo atrasa a análise.',
  fillAnyway: 'Preencher mesmo assim',
};
