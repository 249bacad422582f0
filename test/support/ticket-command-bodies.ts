/**
 * A valid body for every command on a ticket, as a caller allowed to issue it sends it: the authorization
 * matrix and the actions suite both send these, so a refusal can never come from an invalid body.
 */
import type { AuthorizationWorld, TicketRef } from './authorization-world';

export interface CommandContext {
  w: AuthorizationWorld;
  /** The ticket the command is sent to (its handling deadline bounds co-handling and extensions). */
  ticket: TicketRef | null;
}

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
const laterThanHandling = (t: TicketRef | null, hours: number) =>
  new Date(new Date(t!.handlingDueAt!).getTime() + hours * 3_600_000).toISOString();

/** Keyed by `POST path` as in openapi.json. */
export const TICKET_COMMAND_BODIES: Record<string, (c: CommandContext) => { body: object }> = {
  'POST /api/v1/tickets/{id}/attachments': () => ({
    body: { name: 'call.mp3', contentType: 'audio/mpeg', size: 48_213, url: 's3://recordings/matrix/call.mp3' },
  }),
  'POST /api/v1/tickets/{id}/customer-updates': () => ({ body: { text: '客户补充：夜间更严重' } }),
  'POST /api/v1/tickets/{id}/regrade': () => ({ body: { level: 'national', reason: '涉及跨省' } }),
  'POST /api/v1/tickets/{id}/resolve': () => ({ body: { note: '坐席当场解释资费' } }),
  'POST /api/v1/tickets/{id}/dispatch': ({ w }) => ({ body: { targetUnitId: w.p1.dept.id } }),
  'POST /api/v1/tickets/{id}/return': () => ({ body: { reason: 'duplicate' } }),
  'POST /api/v1/tickets/{id}/transfer': ({ w }) => ({ body: { targetUnitId: w.p1.dept2.id, reason: '计费问题' } }),
  'POST /api/v1/tickets/{id}/cohandling': ({ w, ticket }) => ({
    body: { unitId: w.p1.cityDept.id, task: '核查属地基站', dueAt: ticket!.handlingDueAt },
  }),
  'POST /api/v1/tickets/{id}/cohandling/{unitId}/cancel': () => ({ body: { reason: '无需协办' } }),
  'POST /api/v1/tickets/{id}/cohandling/opinion': () => ({ body: { opinion: '计费无误' } }),
  'POST /api/v1/tickets/{id}/extensions': ({ ticket }) => ({
    body: { requestedDueAt: laterThanHandling(ticket, 24), reason: '需要厂家配合' },
  }),
  'POST /api/v1/tickets/{id}/extensions/reject': () => ({ body: { reason: '不同意' } }),
  'POST /api/v1/tickets/{id}/escalate': () => ({ body: { reason: '需要省中心协调' } }),
  'POST /api/v1/tickets/{id}/feedback': () => ({ body: { result: '已优化基站参数' } }),
  'POST /api/v1/tickets/{id}/feedback/reject': () => ({ body: { reason: '未说明原因' } }),
  'POST /api/v1/tickets/{id}/analysis-schedule': ({ ticket }) => ({
    body: { dueAt: laterThanHandling(ticket, 10 * 24), plan: '联合市场部评估资费方案' },
  }),
  'POST /api/v1/tickets/{id}/analysis': () => ({
    body: { analysis: '现有计费系统可支持', decision: 'adopted', reason: '惠及家庭用户', effectiveFrom: '2027-01-01' },
  }),
  'POST /api/v1/tickets/{id}/progress-replies': () => ({ body: { text: '正在处理，请耐心等待' } }),
  'POST /api/v1/tickets/{id}/reply': () => ({ body: { text: '已处理' } }),
  'POST /api/v1/tickets/{id}/close': () => ({ body: { attitude: 'accepted' } }),
  'POST /api/v1/tickets/{id}/revisit': () => ({ body: { result: 'satisfied' } }),
  'POST /api/v1/tickets/{id}/urge': () => ({ body: { note: '请尽快处理' } }),
  'POST /api/v1/tickets/{id}/supervision-orders': () => ({ body: { note: '限期处理', dueAt: inHours(2) } }),
  'POST /api/v1/tickets/{id}/withdraw': () => ({ body: { reason: '客户撤诉' } }),
};
