// fetch with the authentication the server asks for: a request goes out, and on 401 the
// WWW-Authenticate challenge decides between Digest (preferred, RFC 7616) and Basic (RFC 7617).
// A Digest challenge is kept and reused with a growing nonce count, so later requests need no
// extra round trip; when the server has moved on (stale or new nonce) one fresh retry follows.
// Bodies are strings, so a request can be sent twice. An access token instead (QLever's updates,
// Fuseki's and GraphDB's bearer authentication) goes with every request, as RFC 6750 has it:
// there is no challenge to wait for.
import { canAnswerDigest, DigestSession } from './digestAuthentication.ts';
import { parseWwwAuthenticate } from './wwwAuthenticate.ts';

/** An account (Basic or Digest, as the server asks) or a bearer token. */
export type Credentials = Account | { token: string };

export interface Account {
  user: string;
  password: string;
}

export interface PlainRequest {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

export class AuthenticatingFetch {
  private digest: DigestSession | undefined;
  private basic = false;

  private readonly credentials: Account | undefined;
  private readonly bearer: string | undefined;

  constructor(credentials?: Credentials) {
    if (credentials && 'token' in credentials) this.bearer = `Bearer ${credentials.token}`;
    else this.credentials = credentials;
  }

  async fetch(url: URL, request: PlainRequest): Promise<Response> {
    const first = await this.send(url, request);
    if (first.status !== 401 || !this.credentials) return first;
    const answered = this.answerChallenge(first.headers.get('www-authenticate') ?? '');
    if (!answered) return first;
    await first.body?.cancel();
    return this.send(url, request);
  }

  private send(url: URL, request: PlainRequest): Promise<Response> {
    const headers = { ...request.headers };
    const authorization = this.authorization(request.method, url);
    if (authorization) headers.authorization = authorization;
    return fetch(url, { method: request.method, headers, body: request.body, signal: request.signal });
  }

  private authorization(method: string, url: URL): string | undefined {
    if (!this.credentials) return this.bearer;
    if (this.digest) return this.digest.authorization(method, url.pathname + url.search);
    if (this.basic) return `Basic ${Buffer.from(`${this.credentials.user}:${this.credentials.password}`, 'utf8').toString('base64')}`;
    return undefined;
  }

  /**
   * Takes up a new challenge; false when there is nothing new to try (the credentials just sent
   * in answer to this very challenge were refused, or no scheme we know is offered).
   */
  private answerChallenge(header: string): boolean {
    const challenges = parseWwwAuthenticate(header);
    const digest = challenges.find(canAnswerDigest) ?? challenges.find((c) => c.scheme === 'digest');
    if (digest) {
      const previous = this.digest?.challenge.params;
      const sameNonce = previous?.nonce === digest.params.nonce && previous?.realm === digest.params.realm;
      if (sameNonce && digest.params.stale?.toLowerCase() !== 'true') return false;
      // Throws UnsupportedDigestChallengeError for algorithms or qops we cannot answer.
      this.digest = new DigestSession(digest, this.credentials!);
      this.basic = false;
      return true;
    }
    if (challenges.some((c) => c.scheme === 'basic') && !this.basic && !this.digest) {
      this.basic = true;
      return true;
    }
    return false;
  }
}
