import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';

export class ProblemFieldError {
  @ApiProperty({ example: 'customerPhone' }) field: string;
  @ApiProperty({ type: [String] }) messages: string[];
}

/** RFC 9457 problem document as every error of this API renders it. */
export class Problem {
  @ApiProperty({ example: 'urn:problem:workorders:validation-failed' }) type: string;
  @ApiProperty({ example: 'Bad Request' }) title: string;
  @ApiProperty({ type: 'integer', example: 400 }) status: number;
  @ApiPropertyOptional() detail?: string;
  @ApiPropertyOptional() instance?: string;
  @ApiProperty({ example: 'VALIDATION_FAILED', description: 'Stable machine-readable reason' }) code: string;
  @ApiPropertyOptional({ type: [ProblemFieldError] }) errors?: ProblemFieldError[];
  @ApiPropertyOptional({ description: 'Present on 500s; quote it when reporting' }) errorId?: string;
}

const problemContent = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };

const retryAfter = {
  'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer', minimum: 1 } },
};

/**
 * Documents the problem+json error responses every authenticated route can give, 503 included:
 * the database being unavailable or a transaction conflict that outlasted its retries.
 */
export function ProblemResponses(...extra: number[]) {
  const statuses = [...new Set([400, 401, 404, 409, 422, ...extra])];
  return applyDecorators(
    ...statuses.map((status) => ApiResponse({ status, description: 'Problem details (RFC 9457)', content: problemContent })),
    ApiResponse({
      status: 503,
      description: 'Problem details (RFC 9457): database unavailable or a transaction conflict; retry after the given delay',
      content: problemContent,
      headers: retryAfter,
    }),
  );
}
