import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { PageQuery } from '../../common/page-query';
import { IsOmittable } from '../../common/validation';
import { TICKET_KINDS, TICKET_STATUSES, type TicketKind, type TicketStatus } from '../../tickets/domain/ticket.types';

/**
 * Who the request is about: the customer's phone and/or ID number, exactly as filed. In the body, never
 * in the URL, so they reach no access log; at least one is required.
 */
export class CustomerIdentifiers {
  @ApiPropertyOptional({ example: '13800138000', description: "The customer's phone as filed" })
  @IsOmittable()
  @IsString()
  @Matches(/^\+?[0-9-]{5,20}$/, { message: 'customerPhone must be digits' })
  customerPhone?: string;

  @ApiPropertyOptional({ example: '410105199001011234', description: "The customer's ID number as filed" })
  @IsOmittable()
  @IsString()
  @Matches(/^[0-9A-Za-z]{6,32}$/, { message: 'customerIdNumber must be 6-32 letters or digits' })
  customerIdNumber?: string;
}

/** A subject-access request, a page of the customer's tickets at a time. */
export class PersonalDataExportRequest extends IntersectionType(CustomerIdentifiers, PageQuery) {}

export class PersonalDataErasureRequest extends CustomerIdentifiers {}

/** The customer's own words on a ticket after filing, and the answers given to them. */
export class CustomerCorrespondence {
  @ApiProperty({ example: 'customer.updated' }) type: string;
  @ApiProperty() at: Date;
  @ApiProperty({ type: String, nullable: true }) text: string | null;
}

export class CustomerAttachment {
  @ApiProperty() name: string;
  @ApiProperty() contentType: string;
  @ApiProperty() size: number;
  @ApiProperty() url: string;
  @ApiProperty() createdAt: Date;
}

/** One ticket of the customer with every piece of their personal data it holds (src/privacy/domain/personal-data.ts). */
export class PersonalDataTicket {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'HA-20261122-000123' }) number: string;
  @ApiProperty({ enum: TICKET_KINDS }) kind: TicketKind;
  @ApiProperty({ enum: TICKET_STATUSES }) status: TicketStatus;
  @ApiProperty() channel: string;
  @ApiProperty() filedAt: Date;
  @ApiProperty({ type: Date, nullable: true }) closedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) archivedAt: Date | null;
  @ApiProperty() customerName: string;
  @ApiProperty() customerPhone: string;
  @ApiProperty({ type: String, nullable: true }) customerIdNumber: string | null;
  @ApiProperty() subject: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: String, nullable: true }) customerRequest: string | null;
  @ApiProperty({ type: Date, nullable: true }) occurredAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) occurredPlace: string | null;
  @ApiProperty({ type: String, nullable: true }) contactPreference: string | null;
  @ApiProperty({ type: String, nullable: true }) resolution: string | null;
  @ApiProperty({ type: String, nullable: true }) replyText: string | null;
  @ApiProperty({ type: String, nullable: true }) companyPosition: string | null;
  @ApiProperty({ type: [CustomerCorrespondence] }) correspondence: CustomerCorrespondence[];
  @ApiProperty({ type: [CustomerAttachment] }) attachments: CustomerAttachment[];
}

export class PersonalDataExport {
  @ApiProperty({ type: [PersonalDataTicket] }) items: PersonalDataTicket[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass it back as `cursor` for the next page; null on the last page' })
  nextCursor: string | null;
}

export class PersonalDataErasure {
  @ApiProperty({ type: [String], description: "The customer's tickets this request anonymised (those anonymised before are not listed)" })
  erasedTicketIds: string[];
}
