import { getMetadataStorage } from 'class-validator';

export const FORM_FIELD_KINDS = ['text', 'choice', 'unit', 'instant', 'date'] as const;
export type FormFieldKind = (typeof FORM_FIELD_KINDS)[number];

/** A body field as a form asks for it: what the validation pipe will check, read from the same decorators. */
export interface FormField {
  name: string;
  kind: FormFieldKind;
  required: boolean;
  minLength?: number;
  maxLength?: number;
  options?: string[];
}

/**
 * The fields of a request body class, from the class-validator metadata the API validates that body
 * with (whitelisting, lengths, enumerations, optional fields), so a form checks exactly what the API
 * checks; a field of a UUID names a unit (the command bodies name nothing else by id).
 */
export function formFieldsOf(dto: abstract new () => unknown): FormField[] {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
  const fields = new Map<string, FormField>();
  for (const m of metadata) {
    const field = fields.get(m.propertyName) ?? { name: m.propertyName, kind: 'text', required: true };
    fields.set(m.propertyName, field);
    const constraints = (m.constraints ?? []) as unknown[];
    if (m.type === 'conditionalValidation') field.required = false;
    else if (m.name === 'isLength') [field.minLength, field.maxLength] = constraints as [number, number];
    else if (m.name === 'isIn') Object.assign(field, { kind: 'choice', options: [...(constraints[0] as string[])] });
    else if (m.name === 'isUuid') field.kind = 'unit';
    else if (m.name === 'isDateString') field.kind = 'instant';
    else if (m.name === 'isIso8601') field.kind = 'date';
  }
  return [...fields.values()];
}
