import { describe, expect, it } from 'vitest';
import { isCommonPassphrase } from '../../../lib/storage/passphrase-guidance';
import { checkPassphrase } from '../../../lib/storage/vault';

// lib/storage/passphrase-guidance.ts: the most guessable passphrases are refused (issue 15).

describe('passphrases a guesser tries first', () => {
  it.each([
    ['aaaaaaaa', 'one character repeated'],
    ['11111111', 'one character repeated'],
    ['07700900123', 'numbers only'],
    ['01031990', 'numbers only (a date)'],
    ['12345678', 'a run of digits'],
    ['87654321', 'a run backwards'],
    ['abcdefgh', 'a run of letters'],
    ['qwertyuiop', 'a run of keys'],
    ['asdfghjk', 'a run of keys'],
    ['password', 'a common password'],
    ['Password1!', 'a common password dressed up'],
    ['passw0rd', 'look-alike letters'],
    ['P@ssw0rd2026', 'look-alike letters and a year'],
    ['iloveyou', 'a common password'],
    ['Midwife2026', 'the setting'],
    ['nhs12345', 'the setting'],
    ['NHS midwife', 'two words of the setting'],
    ['babypassword', 'two common words'],
  ])('[H77-d] refuses %j (%s)', (passphrase) => {
    expect(isCommonPassphrase(passphrase)).toBe(true);
    expect(checkPassphrase(passphrase)).toBe('common-passphrase');
  });

  it.each([
    'plum kettle harbour',
    'correct horse battery staple',
    'eight888',
    'three random words',
    'midwife kettle orbit',
    'Password is not my passphrase',
    'abcdefgh kettle',
  ])('accepts %j', (passphrase) => {
    expect(isCommonPassphrase(passphrase)).toBe(false);
    expect(checkPassphrase(passphrase)).toBeNull();
  });

  it('still reports a short passphrase as too short first', () => {
    expect(checkPassphrase('pass')).toBe('weak-passphrase');
  });
});
