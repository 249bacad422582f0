import { IsBoundedDateTime, IsOmittable } from '../../common/validation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';
import { LocalDate } from '../../sla/dto/calendar.dto';
import {
  ADOPTION_DECISIONS,
  AdoptionDecision,
  APPEAL_CONCLUSIONS,
  AppealConclusion,
  CUSTOMER_ATTITUDES,
  CustomerAttitude,
  RETURN_REASONS,
  REVISIT_RESULTS,
  ReturnReason,
  RevisitResult,
  TICKET_LEVELS,
  TicketLevel,
  UNSATISFIED_CAUSES,
  UnsatisfiedCause,
} from '../domain/ticket.types';

/** Shared shape: a required free-text reason. */
export class ReasonDto {
  @ApiProperty({ example: '资料不全，无法处理' })
  @IsString()
  @Length(1, 4000)
  reason: string;
}

export class NoteDto {
  @ApiPropertyOptional()
  @IsOmittable()
  @IsString()
  @Length(1, 4000)
  note?: string;
}

export class TextDto {
  @ApiProperty()
  @IsString()
  @Length(1, 20000)
  text: string;
}

export class RegradeDto extends ReasonDto {
  @ApiProperty({ enum: TICKET_LEVELS })
  @IsIn(TICKET_LEVELS)
  level: TicketLevel;
}

export class ResolveAtCentreDto {
  @ApiProperty({ description: 'How the centre resolved it without dispatch (counts toward first-contact resolution)' })
  @IsString()
  @Length(1, 20000)
  note: string;
}

export class DispatchDto extends NoteDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Target unit; omitted = the best routing rule' })
  @IsOmittable()
  @IsUUID()
  targetUnitId?: string;
}

export class ReturnDto {
  @ApiProperty({ enum: RETURN_REASONS })
  @IsIn(RETURN_REASONS)
  reason: ReturnReason;

  @ApiPropertyOptional({ description: "Required when reason is 'other'" })
  @IsOmittable()
  @IsString()
  @Length(1, 4000)
  text?: string;
}

export class TransferDto extends ReasonDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  targetUnitId: string;
}

export class AddCohandlingDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  unitId: string;

  @ApiProperty({ example: '核查该用户近一月计费记录' })
  @IsString()
  @Length(1, 4000)
  task: string;

  @ApiProperty({ format: 'date-time', description: "Must not be after the lead's handling deadline" })
  @IsBoundedDateTime()
  dueAt: string;
}

export class OpinionDto {
  @ApiProperty()
  @IsString()
  @Length(1, 20000)
  opinion: string;
}

export class RequestExtensionDto extends ReasonDto {
  @ApiProperty({ format: 'date-time' })
  @IsBoundedDateTime()
  requestedDueAt: string;
}

export class ApproveExtensionDto extends NoteDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'Defaults to the requested deadline' })
  @IsOmittable()
  @IsBoundedDateTime()
  dueAt?: string;
}

export class FeedbackDto {
  @ApiProperty({ description: 'Solution or explanation' })
  @IsString()
  @Length(1, 20000)
  result: string;
}

export class AnalysisScheduleDto {
  @ApiProperty({ format: 'date-time', description: 'When the analysis will be done; it becomes the analysis deadline' })
  @IsBoundedDateTime()
  dueAt: string;

  @ApiProperty({
    example: '需联合市场部评估资费方案，预计两个月内完成分析',
    description: 'The schedule: what is analysed, with whom, by when',
  })
  @IsString()
  @Length(1, 4000)
  plan: string;
}

export class AnalysisDto {
  @ApiProperty({ description: "The responsible department's analysis of the suggestion" })
  @IsString()
  @Length(1, 20000)
  analysis: string;

  @ApiProperty({ enum: ADOPTION_DECISIONS })
  @IsIn(ADOPTION_DECISIONS)
  decision: AdoptionDecision;

  @ApiProperty({ example: '建议合理，已纳入下月资费调整', description: 'Why it is adopted or not; the proposer is told it' })
  @IsString()
  @Length(1, 4000)
  reason: string;

  @ApiPropertyOptional({
    format: 'date',
    example: '2027-01-01',
    description: 'China local date from which the suggestion takes effect: required when adopted, refused otherwise',
  })
  @IsOmittable()
  @LocalDate()
  effectiveFrom?: string;
}

export class CloseDto {
  @ApiProperty({ enum: CUSTOMER_ATTITUDES })
  @IsIn(CUSTOMER_ATTITUDES)
  attitude: CustomerAttitude;

  @ApiPropertyOptional({ description: "The company's position; required when the customer rejects the answer" })
  @IsOmittable()
  @IsString()
  @Length(1, 20000)
  companyPosition?: string;

  @ApiPropertyOptional({ enum: APPEAL_CONCLUSIONS, description: 'Required for appeals' })
  @IsOmittable()
  @IsIn(APPEAL_CONCLUSIONS)
  conclusion?: AppealConclusion;

  @ApiPropertyOptional({ example: 'network_fault', description: 'Required with company_responsibility' })
  @IsOmittable()
  @IsString()
  @Length(1, 64)
  responsibilityType?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required with company_responsibility' })
  @IsOmittable()
  @IsUUID()
  responsibleUnitId?: string;
}

export class RevisitDto extends NoteDto {
  @ApiProperty({ enum: REVISIT_RESULTS })
  @IsIn(REVISIT_RESULTS)
  result: RevisitResult;

  @ApiPropertyOptional({ enum: UNSATISFIED_CAUSES, description: "Required when unsatisfied; 'poor_handling' reopens a re-handling round" })
  @IsOmittable()
  @IsIn(UNSATISFIED_CAUSES)
  cause?: UnsatisfiedCause;
}

export class UrgeDto {
  @ApiProperty({ example: '请尽快处理' })
  @IsString()
  @Length(1, 4000)
  note: string;
}

export class SuperviseDto extends UrgeDto {
  @ApiPropertyOptional({
    format: 'date-time',
    description: "Action required by; omitted, the ticket's SLA policy sets it (its supervision limit on the answering unit's calendar)",
  })
  @IsOmittable()
  @IsBoundedDateTime()
  dueAt?: string;
}
