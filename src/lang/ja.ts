import type { InPageWords, LanguagePack } from './types';

// Japanese. Patterns see NFC text (ガ stays ガ, half-width ｶﾞ becomes ガ, full-width ＱＲ becomes qr),
// with （）【】「」・ and full-width spaces as spaces: "お名前（姓）【必須】" arrives as "お名前 姓 必須".
// Kanji shared with Chinese (理由, 内容 …) are harmless twice; kana words are Japanese only.

/** End of a short label, a "required/optional" badge allowed. */
// Labels reach the vocabulary with the gaps between CJK words closed ("お名前 姓" → "お名前姓"), or not.
const END = '( ?必須| ?任意)?$';
/** Wording for a whole name ("氏名", "お名前"), unless followed by the half it asks for ("お名前（姓）"). */
const WHOLE_NAME = `氏名(?! ?(姓|名)${END})|お名前(?! ?(姓|名)${END})`;
const NOT_A_PERSON =
  '会社|法人|企業|団体|部署|店舗|ユーザー|ニックネーム|カード|銀行|口座|機種|端末|製品|商品|ファイル|ドメイン|サイト|キャリア|通信会社|フリガナ|ふりがな|(^| )(カナ|かな|セイ|メイ)( |$)|旧姓';

export const ja: LanguagePack<'ja'> = {
  code: 'ja',
  aliases: ['jp'],
  // Kana: only Japanese writes them (tried before the Chinese pack, whose han Japanese also writes).
  detect: { script: '[\\u3041-\\u3096\\u30a1-\\u30fa]' },
  fields: {
    givenName: {
      strong: `^(お名前 ?|氏名 ?|ご契約者 ?)?名${END}|下の名前|ファーストネーム`,
      neg: `${WHOLE_NAME}|${NOT_A_PERSON}`,
    },
    familyName: {
      strong: `^(お名前 ?|氏名 ?|ご契約者 ?)?姓${END}|^苗字|ラストネーム|ファミリーネーム`,
      neg: `${WHOLE_NAME}|${NOT_A_PERSON}`,
    },
    fullName: {
      strong: `${WHOLE_NAME}|契約者名|契約者氏名|担当者名|名義人`,
      // A bare "名前": full name alone, the other half beside "姓" or "名".
      weak: `^名前${END}`,
      // "お名前（姓）": its aside asks for one half.
      neg: `(氏名|お名前) ?(姓|名)${END}|${NOT_A_PERSON}`,
    },
    email: { strong: 'メール', neg: '確認|再入力|もう一度|予備|サブ' },
    phone: {
      strong: '電話|携帯|ケータイ|スマホ番号',
      neg: '機種|型番|製造番号|メーカー|キャリア|電話会社|携帯会社|通信会社|事業者|ファックス|ファクス|内線|緊急|予備|^国番号|^国コード|メール',
    },
    phoneCountryCode: { strong: '国番号|国コード|国際番号|国際コード' },
    phoneNational: { strong: '国番号(なし|を除く|を除いた|不要)|国内番号' },
    subject: { strong: '件名|表題|タイトル', neg: '役職|敬称|性別|肩書' },
    description: {
      strong:
        'お問い?合わせ内容|ご相談内容|ご用件|内容|詳細|メッセージ|本文|備考|ご質問|ご要望|コメント|ご意見|詳しく',
      neg: '住所|配送|請求|種別|種類|カテゴリ|理由|件名|タイトル|区分',
    },
    reason: {
      strong: '理由|お問い?合わせ種別|種別|お問い?合わせの種類|お問い?合わせ項目',
      weak: '種類|カテゴリ|区分',
    },
    orderNumber: {
      strong: '注文番号|オーダー番号|受注番号|購入番号|申込番号|お申し?込み番号',
      weak: '受付番号|管理番号|予約番号',
      neg: '追跡|配送|伝票|クーポン|ギフト|お客様番号|顧客番号|会員番号|請求|日付|金額|コメント',
    },
    activationCode: {
      strong: 'アクティベーション|有効化コード|開通コード|qr ?コード|マッチング ?id',
      neg: 'クーポン|割引|ギフト|認証コード|ワンタイム|セキュリティ|郵便番号|メール|ライセンス|シリアル|プロダクトキー',
    },
    // 製造番号 is what Japanese carriers call the IMEI; a SIM card's own number is the ICCID.
    imei: { strong: '\\bimei|製造番号', neg: 'sim ?カード' },
    eid: { strong: '\\beid\\b' },
    iccid: {
      strong: 'iccid|sim ?(カード ?)?(番号|製造番号|シリアル)|icc ?番号',
      neg: 'クレジット|銀行|会員|ギフト|支払|電話番号|携帯番号',
    },
    deviceModel: {
      strong: '機種|端末名|端末の種類|ご(利用|使用)の端末|型番|モデル',
      weak: '^(ご利用の|ご使用の|新しい)?(端末|スマートフォン|スマホ)$',
      neg: '製造番号|シリアル|キャリア|通信会社|バージョン|番号|変更|理由|車',
    },
    carrier: {
      strong: 'キャリア|通信会社|携帯会社|電話会社|通信事業者|回線事業者|携帯電話会社|mvno',
      neg: '配送|運送|宅配|保険|銀行|支払|旅行|電力|ガス',
    },
  },
  form: {
    support: 'お問い?合わせ|問合せ|サポート|ヘルプ|カスタマー|窓口|ご相談|再発行|紛失|盗難|申請',
    esim: 'sim ?カード|キャリア|通信会社|料金プラン|データ通信|回線|機種変更',
    login: 'ログイン|サインイン',
    signup: '新規登録|会員登録|アカウント(を)?(作成|登録)',
    reset: 'パスワード(を)?(忘れ|再設定|の再設定|リセット)',
    newsletter: 'メルマガ|メールマガジン|ニュースレター|購読',
    search: '検索',
    checkout: 'お支払い|支払|決済|購入手続|レジに進む|配送先|ご注文手続',
    card: '(?<!sim ?)カード番号|クレジットカード|有効期限|セキュリティコード',
    survey: 'アンケート|満足度|評価|役に立ち',
    comment: 'コメントを(書く|投稿|残す|する)|コメント投稿',
  },
  step: '次へ|進む|続ける',
  submit: '送信|確認|次へ|申し?込|保存|登録|検索|ログイン|購入|完了|進む',
  never: 'パスワード|暗証番号|画像認証|^検索',
  username: 'ユーザー ?名|ユーザー? ?id|ログイン ?id|アカウント ?名',
  landline: '固定電話|自宅|勤務先|会社',
  reasonOptions: {
    lost: '紛失|盗難|なくし|失くし',
    damaged: '故障|破損|壊れ|水没',
    newDevice: '機種変更|新しい(端末|スマホ|機種|携帯)|買い[替換]え',
    deleted: '削除|消去|消して',
  },
  reasonChoices: {
    lost: 'なくした|失くした|盗まれ',
    damaged: '画面割れ|動かない',
    newDevice: '乗り換え|機種変',
    deleted: '誤って削除|消えた',
    other: 'その他',
  },
  choose: '選択してください|選択して下さい|お選びください|選んでください|未選択|選択$',
  pin: '暗証番号|セキュリティ',
  simCard: 'sim ?カード',
  website: 'ウェブサイト|ホームページ|サイト ?url',
  reasons: {
    lost: '端末の紛失・盗難',
    damaged: '端末の故障・破損',
    newDevice: '機種変更',
    deleted: 'eSIMを誤って削除',
    other: 'その他',
  },
  message: {
    subject: 'eSIM再発行のお願い',
    request: 'eSIM再発行のお願い',
    order: '注文番号',
    hello: 'お世話になっております。',
    ask: 'eSIMの再発行（新しいQRコード／eSIMプロファイルの発行）をお願いいたします。',
    thanks: 'どうぞよろしくお願いいたします。',
    colon: '：',
    labels: {
      reason: '理由',
      deviceModel: '機種',
      orderNumber: '注文番号',
      fullName: '氏名',
      email: 'メールアドレス',
      phone: '電話番号',
      notes: '備考',
      activationCode: 'アクティベーションコード',
    },
  },
};

/** The in-page prompt's words (fill-prompt.js, loaded into a frame only when it shows a prompt). */
export const jaInPage: InPageWords = {
  offerLabel: 'ReSIM でこのフォームに入力できます',
  fill: 'ReSIM で入力',
  dismiss: '今はしない',
  duplicateLabel: 'ReSIM：申請は送信済みです',
  duplicate: 'この申請は{date}に送信済みです。再度送信すると審査が遅れます。',
  fillAnyway: 'それでも入力する',
};
