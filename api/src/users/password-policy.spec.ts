import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('accepts a long, uncommon password', () => {
    expect(passwordProblem('violet tractor seventeen', 'ada@example.org')).toBeNull();
    expect(passwordProblem('N3w-Year-Figures!', null)).toBeNull();
  });

  it('refuses passwords shorter than 12 characters', () => {
    expect(passwordProblem('Sh0rt!pass', 'ada@example.org')).toBe('Use at least 12 characters');
    expect(passwordProblem('a'.repeat(11))).toBe('Use at least 12 characters');
  });

  it('refuses overly long passwords', () => {
    expect(passwordProblem('x'.repeat(201))).toBe('Use at most 200 characters');
  });

  it('refuses the email address, or the email name with a short suffix', () => {
    expect(passwordProblem('Ada.Lovelace@Example.org', 'ada.lovelace@example.org')).toBe(
      'Do not use your email address as the password',
    );
    expect(passwordProblem('ada.lovelace2025', 'ada.lovelace@example.org')).toBe(
      'Do not use your email address as the password',
    );
  });

  it('refuses common passwords, repeated characters and sequences', () => {
    expect(passwordProblem('Password1234')).toBe('This password is too common; choose another');
    expect(passwordProblem('qwertyuiop123')).toBe('This password is too common; choose another');
    expect(passwordProblem('zzzzzzzzzzzzzz')).toBe('This password is too common; choose another');
    expect(passwordProblem('abcdefghijklmn')).toBe('This password is too common; choose another');
    expect(passwordProblem('3456789012345')).toBe('This password is too common; choose another');
  });
});
