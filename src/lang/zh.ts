import type { InPageWords, LanguagePack } from './types';

// Simplified Chinese. CJK alternatives carry no `\b` (ASCII-only); pinyin name/id words
// (xingming, shouji …) are shared in src/detect/vocabulary.ts.

/** Wording for a whole name: not the given or family half. */
const WHOLE_NAME = '姓名';
const NOT_A_PERSON = '公司|单位|持卡|开户|用户名|昵称|银行|设备|产品|企业';

export const zh: LanguagePack<'zh'> = {
  code: 'zh',
  aliases: ['cmn'],
  // Han characters: Japanese writes them too, so the Japanese pack (kana) is tried first.
  detect: { script: '[\\u4e00-\\u9fff]' },
  fields: {
    givenName: { strong: '^名$|^(你|您)的名$', neg: `${WHOLE_NAME}|${NOT_A_PERSON}` },
    familyName: { strong: '^姓$|^姓氏$|^(你|您)的姓$', neg: `${WHOLE_NAME}|${NOT_A_PERSON}` },
    fullName: {
      strong: '姓名|联系人|称呼|收货人|收件人',
      // A bare "名字": full name alone, given name beside "姓".
      weak: '^(你|您)?的?名字$',
      neg: NOT_A_PERSON,
    },
    email: { strong: '邮箱|邮件|电子信箱|电邮', neg: '确认|再次|重复|备用' },
    phone: {
      strong: '手机|电话|联系方式|移动号码|联系号码|座机|卡号码',
      neg: '备用|紧急|型号|串号|品牌|运营商|证件|验证|邮箱|丢失|^区号',
    },
    phoneCountryCode: { strong: '区号|国家代码|国际代码|国家 ?地区 ?代码|国码' },
    phoneNational: { strong: '本地号码|本地号' },
    subject: { strong: '主题|标题|事由', neg: '称谓|职位|职称|头衔' },
    description: {
      strong: '描述|说明|详情|详细|留言|内容|备注|问题|反馈|补充|意见',
      neg: '地址|类型|原因|主题|标题|密保',
    },
    reason: { strong: '原因|问题类型|请求类型|申请类型|事件类型|理由', weak: '类型|类别|分类' },
    orderNumber: {
      strong: '订单|交易号|交易编号|购买编号',
      weak: '参考号|编号',
      neg: '快递|物流|运单|优惠|日期|金额',
    },
    activationCode: { strong: '激活码|二维码|激活', weak: '确认码', neg: '日期|优惠|验证|邮编|邮箱' },
    imei: { strong: '\\bimei|串号' },
    eid: { strong: '\\beid\\b' },
    iccid: {
      strong: 'iccid|sim ?卡 ?号|sim卡序列号',
      weak: '卡号(?!码)',
      neg: '信用|银行|会员|礼品|支付|手机号',
    },
    deviceModel: {
      strong: '型号|机型|设备类型|什么手机|哪款手机',
      weak: '^(设备|终端|新设备|使用的设备)$',
      neg: '串号|序列号|号码',
    },
    carrier: { strong: '运营商|服务商|电信公司', weak: '提供商', neg: '快递|物流|配送|航空' },
  },
  form: {
    support: '挂失|客服|支持|帮助|联系|工单|申请|补卡|补办|换卡|重新签发|投诉|售后|反馈',
    esim: 'sim卡|手机卡|运营商|补卡|换卡|套餐|流量|号卡',
    login: '登录|登入',
    signup: '注册|创建账户|开户',
    reset: '忘记密码|重置密码|找回密码',
    newsletter: '订阅|邮件订阅',
    search: '搜索|查找',
    checkout: '结账|支付|付款|收货地址',
    card: '信用卡|银行卡|安全码|有效期',
    survey: '满意度|评分|评价|问卷|有帮助',
    comment: '发表评论|评论',
  },
  step: '下一步|继续',
  submit: '提交|发送|确认|下一步|继续|注册|登录|搜索|订阅|保存|申请|完成',
  never: '验证码|密码|^搜索',
  username: '用户名|账号|帐号|登录名',
  landline: '座机|固定电话|办公',
  reasonOptions: { lost: '丢失|被盗', damaged: '损坏', newDevice: '换机|更换', deleted: '误删' },
  reasonChoices: {
    lost: '丢失|遗失|被盗|被偷|失窃',
    damaged: '损坏|损毁|坏了|故障',
    newDevice: '换机|换手机|更换设备|更换手机|新手机|新设备',
    deleted: '误删|删除|被删',
    other: '其他|其它',
  },
  choose: '请选择|选择$',
  // A line's service password (服务密码) verifies its holder: no login.
  pin: '服务密码|查询密码',
  simCard: 'sim ?卡|号卡',
  reasons: {
    lost: '手机丢失/被盗',
    damaged: '设备损坏',
    newDevice: '更换设备',
    deleted: '误删 eSIM',
    other: '其他',
  },
  message: {
    subject: 'eSIM 补办申请',
    request: 'eSIM 补办申请',
    order: '订单',
    hello: '您好，',
    ask: '我需要补办 eSIM（重新签发二维码 / eSIM 配置文件）。',
    thanks: '谢谢！',
    colon: '：',
    labels: {
      reason: '原因',
      deviceModel: '设备型号',
      orderNumber: '订单号',
      fullName: '姓名',
      email: '邮箱',
      phone: '手机号码',
      notes: '备注',
      activationCode: '激活码',
    },
  },
};

/** The in-page prompt's words (fill-prompt.js, loaded into a frame only when it shows a prompt). */
export const zhInPage: InPageWords = {
  offerLabel: 'ReSIM 可以填写此表单',
  fill: '使用 ReSIM 填写',
  dismiss: '暂不',
  duplicateLabel: 'ReSIM：申请已发送',
  duplicate: '您已于{date}发送此申请——再次提交会拖慢审核。',
  fillAnyway: '仍然填写',
};
