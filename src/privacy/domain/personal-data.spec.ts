import { TICKET_STATUSES } from '../../tickets/domain/ticket.types';
import { ANONYMISED, EXPORTED_TICKET_FIELDS, PERSONAL_TICKET_FIELDS, anonymisedFields, openTicketsOf } from './personal-data';

describe('personal data of a ticket', () => {
  it('names each field once, and anonymises the customer identifiers and the texts about them', () => {
    const properties = PERSONAL_TICKET_FIELDS.map((f) => f.property);
    expect(new Set(properties).size).toBe(properties.length);
    expect(properties).toEqual(expect.arrayContaining(['customerName', 'customerPhone', 'customerIdNumber', 'description', 'replyText']));
    expect(anonymisedFields()).toMatchObject({
      customerName: ANONYMISED,
      customerPhone: ANONYMISED,
      customerIdNumber: null,
      customerPhoneIndex: null,
      customerIdNumberIndex: null,
    });
    // A customer's copy holds their data, not the keyed indexes that find it.
    expect(EXPORTED_TICKET_FIELDS.map((f) => f.property)).not.toContain('customerPhoneIndex');
  });

  it.each(TICKET_STATUSES.map((s) => [s]))('a %s ticket blocks an erasure only while it is open', (status) => {
    const open = ['review', 'sign_for', 'handling', 'feedback_review', 'reply', 'replied'].includes(status);
    expect(openTicketsOf([{ status }])).toHaveLength(open ? 1 : 0);
  });
});
