import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@careerscope/shared';

/**
 * A short list of the passwords that breach corpora show first and that are long enough to pass the
 * length rule; together with the length rule this follows NIST SP 800-63B (length over composition,
 * refuse known-bad passwords).
 */
const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456123456',
  '111111111111',
  '000000000000',
  '123123123123',
  '987654321098',
  'qwertyuiopas',
  'qwertyuiop123',
  'qwerty123456',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'zaq12wsxcde3',
  'asdfghjkl123',
  'password1234',
  'password12345',
  'password123456',
  'passwordpassword',
  'password123!',
  'p@ssw0rd1234',
  'p@ssword1234',
  'iloveyou1234',
  'letmein12345',
  'welcome12345',
  'welcome123456',
  'admin1234567',
  'administrator',
  'administrator1',
  'changeme1234',
  'changemenow1',
  'trustno11234',
  'sunshine1234',
  'football1234',
  'baseball1234',
  'princess1234',
  'monkey123456',
  'dragon123456',
  'superman1234',
  'starwars1234',
  'careerscope1',
  'careerscope12',
  'careerscope123',
  'correcthorsebatterystaple',
  'correct horse battery staple',
]);

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, email?: string | null): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `Use at least ${PASSWORD_MIN_LENGTH} characters`;
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return `Use at most ${PASSWORD_MAX_LENGTH} characters`;
  }
  const lowered = password.trim().toLowerCase();
  if (email) {
    const address = email.trim().toLowerCase();
    const local = address.split('@')[0];
    if (
      lowered === address ||
      (local.length >= 4 && lowered.includes(local) && lowered.length - local.length < 6)
    ) {
      return 'Do not use your email address as the password';
    }
  }
  if (COMMON_PASSWORDS.has(lowered) || /^(.)\1+$/.test(lowered) || isSequence(lowered)) {
    return 'This password is too common; choose another';
  }
  return null;
}

/** "abcdefghijklm", "234567890123": easy to guess despite the length. */
function isSequence(text: string): boolean {
  let ascending = true;
  for (let i = 1; i < text.length; i++) {
    const step = (text.charCodeAt(i) - text.charCodeAt(i - 1) + 10) % 10;
    const letterStep = text.charCodeAt(i) - text.charCodeAt(i - 1);
    if (!(letterStep === 1 || (/\d/.test(text[i]) && step === 1))) ascending = false;
  }
  return ascending;
}
