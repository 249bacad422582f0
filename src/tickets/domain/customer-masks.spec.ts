import { anonymisedFields, EXPORTED_TICKET_FIELDS } from '../../privacy/domain/personal-data';
import { maskedCustomer } from './customer-masks';

describe('stored masked customer data', () => {
  it('is what the ticket view shows unless revealed', () => {
    expect(maskedCustomer({ customerName: '王芳', customerPhone: '13800001234', customerIdNumber: '11010519491231002X' })).toEqual({
      customerNameMasked: '王**',
      customerPhoneMasked: '138****1234',
      customerIdNumberMasked: '1101**********2X',
    });
    expect(maskedCustomer({ customerName: 'A', customerPhone: '12345', customerIdNumber: null })).toEqual({
      customerNameMasked: 'A**',
      customerPhoneMasked: '****',
      customerIdNumberMasked: null,
    });
  });

  it('is anonymised to the masks of the anonymised values, and is no part of a customer’s copy', () => {
    const anonymised = anonymisedFields();
    expect(
      maskedCustomer({
        customerName: anonymised.customerName!,
        customerPhone: anonymised.customerPhone!,
        customerIdNumber: anonymised.customerIdNumber,
      }),
    ).toEqual({
      customerNameMasked: anonymised.customerNameMasked,
      customerPhoneMasked: anonymised.customerPhoneMasked,
      customerIdNumberMasked: anonymised.customerIdNumberMasked,
    });
    expect(EXPORTED_TICKET_FIELDS.map((f) => f.property)).not.toEqual(expect.arrayContaining(['customerNameMasked']));
  });
});
