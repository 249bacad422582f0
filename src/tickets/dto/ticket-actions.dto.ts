import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FORM_FIELD_KINDS, FormField, FormFieldKind } from '../../common/form-fields';
import { TICKET_STATUSES, TicketStatus } from '../domain/ticket.types';

export class ActionField implements FormField {
  @ApiProperty({ example: 'reason' }) name: string;
  @ApiProperty({
    enum: FORM_FIELD_KINDS,
    description: 'text; choice (one of `options`); unit (an org unit id); instant (ISO 8601); date (YYYY-MM-DD)',
  })
  kind: FormFieldKind;
  @ApiProperty() required: boolean;
  @ApiPropertyOptional({ example: 1 }) minLength?: number;
  @ApiPropertyOptional({ example: 4000 }) maxLength?: number;
  @ApiPropertyOptional({
    type: [String],
    description: 'For a choice: the values the API accepts now (the state machine narrows what validation allows, e.g. a new level)',
  })
  options?: string[];
}

export class TicketAction {
  @ApiProperty({ example: 'tickets.dispatch', description: "The operation's entry in the authorization policy" })
  operation: string;
  @ApiProperty({ example: 'TicketsController_dispatch', description: 'Its OpenAPI operationId' })
  operationId: string;
  @ApiProperty({ enum: ['POST'] }) method: 'POST';
  @ApiProperty({ example: '/api/v1/tickets/7d0f…/dispatch', description: 'The path to send it to, parameters filled in' })
  path: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The co-handling unit a cancellation is about' })
  unitId?: string;
  @ApiProperty({ enum: TICKET_STATUSES, description: 'The status the ticket is in once the API accepts it' })
  toStatus: TicketStatus;
  @ApiProperty({ type: [ActionField], description: 'The request body it needs, as the API validates it; empty: no body' })
  fields: ActionField[];
}

export class TicketActions {
  @ApiProperty({ format: 'uuid' }) ticketId: string;
  @ApiProperty({ enum: TICKET_STATUSES }) status: TicketStatus;
  @ApiProperty({ description: 'The ticket version the answer was decided on' }) version: number;
  @ApiProperty({
    type: [TicketAction],
    description:
      "Every command the API would accept from the caller now, decided by the same policy and state machine that decide the commands; an action needing a body accepts it when it passes the fields' checks (a refusal that depends on the values, such as a target out of scope, still answers problem+json)",
  })
  actions: TicketAction[];
}
