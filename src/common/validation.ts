import { applyDecorators, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { IsDateString, ValidateBy, ValidateIf, ValidationOptions } from 'class-validator';
import { DATE_WINDOW_TEXT, isWithinDateWindow } from './date-window';
import { problem } from './problem-details.filter';

function flatten(errors: ValidationError[], parent = ''): { field: string; messages: string[] }[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, messages: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Whitelisting, unknown fields refused, and every bad field listed in the problem's `errors[]`. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => {
      const list = flatten(errors);
      return new BadRequestException({
        problem: problem(400, 'VALIDATION_FAILED', `${list.length} field(s) failed validation`, { errors: list }),
      });
    },
  });
}

/**
 * The field may be left out but not sent as null. @IsOptional() would let a null through to a
 * NOT NULL column or into domain logic, which then fails as a 500 instead of a 400.
 */
export const IsOmittable = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);

/** The instant a date-time or calendar-date string names lies inside the accepted window (2000-01-01 … 2100-12-31). */
export const IsInDateWindow = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'inDateWindow',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isWithinDateWindow(Date.parse(value)),
        defaultMessage: () => `$property must lie within ${DATE_WINDOW_TEXT}`,
      },
    },
    options,
  );

/**
 * An ISO 8601 instant (date-time, or a date meaning its UTC midnight) inside 2000-01-01 … 2100-12-31.
 * Every instant the API accepts uses it, so no date can reach storage or deadline arithmetic
 * unbounded.
 */
export const IsBoundedDateTime = (): PropertyDecorator => applyDecorators(IsDateString({ strict: true }), IsInDateWindow());
