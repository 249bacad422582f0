/**
 * Vocabulary shared by every context (DOMAIN §2–§4): the tiers of the org tree, the roles of
 * staff, the channels a complaint arrives through and the customer tiers. Pure constants, no Nest
 * or TypeORM, so pure code of any context may use them.
 */

export const ORG_TIERS = ['national', 'provincial', 'city', 'department'] as const;
export type OrgTier = (typeof ORG_TIERS)[number];

export const STAFF_ROLES = ['agent', 'handler', 'supervisor', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const CHANNELS = [
  'hotline',
  'gm_hotline',
  'business_hall',
  'face_to_face',
  'account_manager',
  'letter',
  'fax',
  'web',
  'app',
  'sms',
  'email',
  'regulator',
  'social_media',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const CUSTOMER_TIERS = ['vip', 'normal'] as const;
export type CustomerTier = (typeof CUSTOMER_TIERS)[number];
