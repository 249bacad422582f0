/**
 * The console's words in Chinese (the default) and English. A view asks `t('key')`; the choice is
 * remembered in localStorage. Add a key to both dictionaries: the English one is typed after the Chinese.
 */
import { computed, signal } from '@preact/signals';

const zh = {
  'app.title': '工单控制台',
  'nav.queues': '督办队列',
  'nav.signOut': '退出',
  'lang.switch': 'English',
  'signIn.title': '登录',
  'signIn.username': '用户名',
  'signIn.password': '密码',
  'signIn.submit': '登录',
  'signIn.failed': '用户名或密码错误',
  'signIn.throttled': '尝试过于频繁，请稍后再试',
  'signIn.locked': '账号已锁定，请联系管理员',
  'password.title': '首次登录请修改密码',
  'password.current': '当前密码',
  'password.new': '新密码（至少 12 个字符）',
  'password.submit': '修改密码',
  'password.tooShort': '新密码至少 12 个字符',
  'error.generic': '操作失败',
  'error.forbidden': '无权执行此操作',
  'error.notFound': '未找到，或无权查看',
  loading: '加载中…',
  unit: '单位',
  'role.agent': '坐席',
  'role.handler': '处理员',
  'role.supervisor': '督办员',
  'role.admin': '管理员',
  'queue.overdue': '已超时',
  'queue.atRisk': '即将超时',
  'queue.dueSoon': '临近到期',
  'queue.orders': '督办单',
  'queue.empty': '队列为空',
  'queue.number': '工单号',
  'queue.stage': '环节',
  'queue.owner': '责任单位',
  'queue.due': '时限',
  'queue.remaining': '剩余时间',
  'queue.overdueBy': '已超时',
  'queue.level': '级别',
  'queue.tier': '客户等级',
  'queue.category': '业务类别',
  'queue.channel': '渠道',
  'queue.status': '状态',
  'queue.note': '督办意见',
  'queue.target': '被督办单位',
  'queue.issuer': '督办单位',
  'queue.refreshed': '更新于',
  'queue.next': '下一页',
  'queue.previous': '上一页',
  'queue.sort': '排序',
  'queue.sort.dueAsc': '时限从早到晚',
  'queue.sort.dueDesc': '时限从晚到早',
  'filter.scope': '范围',
  'filter.province': '省',
  'filter.city': '市',
  'filter.department': '部门',
  'filter.all': '全部',
  'filter.withinMinutes': '时间窗（分钟）',
  'filter.ordersStatus': '督办单状态',
  'filter.open': '未办结',
  'filter.resolved': '已办结',
  'ticket.back': '返回队列',
  'ticket.timeline': '事件时间线',
  'ticket.stages': '环节时限',
  'ticket.subject': '主题',
  'ticket.description': '描述',
  'ticket.customer': '客户',
  'ticket.filedAt': '受理时间',
  'ticket.urge': '催办',
  'ticket.urgeNote': '催办意见',
  'ticket.urgeDefault': '请尽快处理',
  'ticket.urged': '已催办',
  'ticket.actions': '可执行操作',
  'ticket.noActions': '当前无可执行操作',
  'stage.open': '进行中',
  'stage.completed': '已完成',
  'stage.cancelled': '已取消',
  'duration.d': '天',
  'duration.h': '小时',
  'duration.m': '分',
  'duration.s': '秒',
  'level.general': '一般',
  'level.provincial': '省级',
  'level.national': '国家级',
  'tier.vip': '重要客户',
  'tier.normal': '普通客户',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  'app.title': 'Work-order console',
  'nav.queues': 'Queues',
  'nav.signOut': 'Sign out',
  'lang.switch': '中文',
  'signIn.title': 'Sign in',
  'signIn.username': 'Username',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.failed': 'Wrong username or password',
  'signIn.throttled': 'Too many attempts, try again later',
  'signIn.locked': 'The account is locked; ask an administrator',
  'password.title': 'Change your temporary password',
  'password.current': 'Current password',
  'password.new': 'New password (at least 12 characters)',
  'password.submit': 'Change password',
  'password.tooShort': 'The new password needs at least 12 characters',
  'error.generic': 'The request failed',
  'error.forbidden': 'You may not do this',
  'error.notFound': 'Not found, or not yours to see',
  loading: 'Loading…',
  unit: 'Unit',
  'role.agent': 'Agent',
  'role.handler': 'Handler',
  'role.supervisor': 'Supervisor',
  'role.admin': 'Administrator',
  'queue.overdue': 'Overdue',
  'queue.atRisk': 'At risk',
  'queue.dueSoon': 'Due soon',
  'queue.orders': 'Supervision orders',
  'queue.empty': 'Nothing in this queue',
  'queue.number': 'Ticket',
  'queue.stage': 'Stage',
  'queue.owner': 'Owner',
  'queue.due': 'Due',
  'queue.remaining': 'Time left',
  'queue.overdueBy': 'Overdue by',
  'queue.level': 'Level',
  'queue.tier': 'Customer tier',
  'queue.category': 'Category',
  'queue.channel': 'Channel',
  'queue.status': 'Status',
  'queue.note': 'Note',
  'queue.target': 'Target unit',
  'queue.issuer': 'Issued by',
  'queue.refreshed': 'Refreshed',
  'queue.next': 'Next page',
  'queue.previous': 'Previous page',
  'queue.sort': 'Sort',
  'queue.sort.dueAsc': 'Due, earliest first',
  'queue.sort.dueDesc': 'Due, latest first',
  'filter.scope': 'Scope',
  'filter.province': 'Province',
  'filter.city': 'City',
  'filter.department': 'Department',
  'filter.all': 'All',
  'filter.withinMinutes': 'Window (minutes)',
  'filter.ordersStatus': 'Order status',
  'filter.open': 'Open',
  'filter.resolved': 'Resolved',
  'ticket.back': 'Back to the queues',
  'ticket.timeline': 'Timeline',
  'ticket.stages': 'Stages and deadlines',
  'ticket.subject': 'Subject',
  'ticket.description': 'Description',
  'ticket.customer': 'Customer',
  'ticket.filedAt': 'Filed',
  'ticket.urge': 'Urge',
  'ticket.urgeNote': 'Note',
  'ticket.urgeDefault': 'Please handle this soon',
  'ticket.urged': 'Urged',
  'ticket.actions': 'Actions',
  'ticket.noActions': 'No action available to you now',
  'stage.open': 'Open',
  'stage.completed': 'Completed',
  'stage.cancelled': 'Cancelled',
  'duration.d': 'd',
  'duration.h': 'h',
  'duration.m': 'm',
  'duration.s': 's',
  'level.general': 'General',
  'level.provincial': 'Provincial',
  'level.national': 'National',
  'tier.vip': 'VIP',
  'tier.normal': 'Normal',
};

export type Lang = 'zh' | 'en';
const STORAGE_KEY = 'wo.console.lang';

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export const lang = signal<Lang>(storedLang());
const dictionary = computed(() => (lang.value === 'en' ? en : zh));

export function setLang(next: Lang): void {
  lang.value = next;
  document.documentElement.lang = next === 'en' ? 'en' : 'zh-CN';
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Private windows may refuse storage; the choice then lasts for this page only.
  }
}

/** The word for `key` in the chosen language; `vars` fill `{name}` placeholders. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return dictionary.value[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
}

/** A vocabulary value (`level.general`, `role.agent`, …) in words, or the value itself when the dictionary has none. */
export function term(prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return key in zh ? t(key as MessageKey) : value;
}

/** Numbers grouped the way the chosen language writes them. */
export function formatCount(n: number): string {
  return new Intl.NumberFormat(lang.value === 'en' ? 'en-US' : 'zh-CN').format(n);
}
