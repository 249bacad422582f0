import * as argon2 from 'argon2';

/**
 * argon2id with the minimum parameters recommended for interactive sign-in (19 MiB, 2 passes,
 * 1 lane): each guess against a stolen table costs an attacker that memory and time, while a
 * sign-in stays well under a second even on a busy two-core host.
 */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/**
 * Spends the time of one verification when there is no hash to verify (unknown username, account
 * without a password), so the answer's timing does not tell which usernames exist.
 */
export async function burnVerification(password: string): Promise<void> {
  dummy ??= hashPassword('timing-equaliser-not-a-password');
  await verifyPassword(await dummy, password);
}

/** Why a new password is refused, or null. Length is what protects a password; composition rules do not. */
export function passwordWeakness(password: string, minLength: number, username: string | null): string | null {
  if ([...password].length < minLength) return `must be at least ${minLength} characters long`;
  if (password.length > 256) return 'must be at most 256 characters long';
  if (new Set(password).size < 4) return 'is too repetitive';
  if (username && password.toLowerCase().includes(username.toLowerCase())) return 'must not contain the username';
  return null;
}
