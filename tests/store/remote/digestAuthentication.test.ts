import { describe, expect, it } from 'vitest';
import { DigestSession, UnsupportedDigestChallengeError, canAnswerDigest } from '../../../src/store/remote/digestAuthentication.ts';
import { parseWwwAuthenticate } from '../../../src/store/remote/wwwAuthenticate.ts';

// The example of RFC 7616 §3.9.1: the same request answered with SHA-256 and with MD5.
const RFC_CHALLENGE = (algorithm: string) =>
  `Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=${algorithm}, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"`;
const MUFASA = { user: 'Mufasa', password: 'Circle of Life' };
const RFC_CNONCE = 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ';

function fieldsOf(authorization: string): Record<string, string> {
  const [challenge] = parseWwwAuthenticate(authorization);
  expect(challenge.scheme).toBe('digest');
  return challenge.params;
}

describe('Digest authentication (RFC 7616)', () => {
  it.each([
    ['SHA-256', '753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1'],
    ['MD5', '8ca523f5e9506fed4657c9700eebdbec'],
  ])('answers the RFC example challenge with %s as the RFC does', (algorithm, expected) => {
    const [challenge] = parseWwwAuthenticate(RFC_CHALLENGE(algorithm));
    const session = new DigestSession(challenge, MUFASA, () => RFC_CNONCE);
    const fields = fieldsOf(session.authorization('GET', '/dir/index.html'));
    expect(fields).toMatchObject({
      username: 'Mufasa',
      realm: 'http-auth@example.org',
      uri: '/dir/index.html',
      algorithm,
      nc: '00000001',
      cnonce: RFC_CNONCE,
      qop: 'auth',
      opaque: 'FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS',
    });
    expect(fields.response).toBe(expected);
  });

  it('counts the requests answered under one nonce, and each count changes the response', () => {
    const [challenge] = parseWwwAuthenticate(RFC_CHALLENGE('MD5'));
    const session = new DigestSession(challenge, MUFASA, () => RFC_CNONCE);
    const first = fieldsOf(session.authorization('GET', '/dir/index.html'));
    const second = fieldsOf(session.authorization('GET', '/dir/index.html'));
    expect([first.nc, second.nc]).toEqual(['00000001', '00000002']);
    expect(second.response).not.toBe(first.response);
  });

  it('refuses challenges it cannot answer correctly instead of guessing', () => {
    for (const header of ['Digest realm="r", nonce="n", qop="auth-int"', 'Digest realm="r", nonce="n", algorithm=SHA-512-256', 'Digest realm="r"']) {
      const [challenge] = parseWwwAuthenticate(header);
      expect(canAnswerDigest(challenge)).toBe(false);
      expect(() => new DigestSession(challenge, MUFASA)).toThrow(UnsupportedDigestChallengeError);
    }
  });
});

describe('WWW-Authenticate parsing', () => {
  it('reads several challenges, quoted strings with escapes, tokens and token68', () => {
    const challenges = parseWwwAuthenticate('Negotiate abc==, Digest realm="a \\"quoted\\", realm", nonce=xyz, stale=TRUE, Basic realm="b", charset="UTF-8"');
    expect(challenges).toEqual([
      { scheme: 'negotiate', params: {} },
      { scheme: 'digest', params: { realm: 'a "quoted", realm', nonce: 'xyz', stale: 'TRUE' } },
      { scheme: 'basic', params: { realm: 'b', charset: 'UTF-8' } },
    ]);
  });

  it('reads the challenge Virtuoso sends', () => {
    const [challenge] = parseWwwAuthenticate('Digest realm="SPARQL", domain="/sparql-auth", nonce="351483fe00c846ac9bcd035b8bb6353c", opaque="5ebe2294ecd0e0f08eab7690d2a6ee69", stale="false", qop="auth", algorithm="MD5"');
    expect(canAnswerDigest(challenge)).toBe(true);
    expect(challenge.params).toMatchObject({ realm: 'SPARQL', qop: 'auth', algorithm: 'MD5', nonce: '351483fe00c846ac9bcd035b8bb6353c' });
  });
});
