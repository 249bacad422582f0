/**
 * The API's enumerations the console offers as choices: the very lists the API validates with (pure
 * constants of the server's vocabulary, no framework), checked against openapi.json's enums at
 * compile time so the document and the lists cannot part.
 */
import { CHANNELS, CUSTOMER_TIERS } from '../../src/common/vocabulary';
import { STAGE_KINDS, TICKET_LEVELS } from '../../src/tickets/domain/ticket.types';
import type { Schemas } from './api';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <T extends true>(): T | undefined => undefined;
agree<Same<(typeof CHANNELS)[number], Schemas['TicketView']['channel']>>();
agree<Same<(typeof CUSTOMER_TIERS)[number], Schemas['TicketView']['customerTier']>>();
agree<Same<(typeof TICKET_LEVELS)[number], Schemas['TicketView']['level']>>();
agree<Same<(typeof STAGE_KINDS)[number], Schemas['StageView']['kind']>>();

export { CHANNELS, CUSTOMER_TIERS, STAGE_KINDS, TICKET_LEVELS as LEVELS };
