/**
 * Customer data as it is shown unless revealed (the ticket view, the lists, exports). Pure: no Nest,
 * no TypeORM. A ticket stores these renderings next to the encrypted values (src/pii) when it is
 * filed, so a list or export that only shows them never decrypts anything.
 */
export const maskName = (n: string) => `${n.slice(0, 1)}**`;
export const maskPhone = (p: string) => (p.length > 7 ? `${p.slice(0, 3)}****${p.slice(-4)}` : '****');
export const maskId = (p: string | null) => (p ? `${p.slice(0, 4)}**********${p.slice(-2)}` : null);

/** The stored masked renderings of a customer's name, phone and ID number. */
export interface MaskedCustomer {
  customerNameMasked: string;
  customerPhoneMasked: string;
  customerIdNumberMasked: string | null;
}

export function maskedCustomer(c: { customerName: string; customerPhone: string; customerIdNumber: string | null }): MaskedCustomer {
  return {
    customerNameMasked: maskName(c.customerName),
    customerPhoneMasked: maskPhone(c.customerPhone),
    customerIdNumberMasked: maskId(c.customerIdNumber),
  };
}
