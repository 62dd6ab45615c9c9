// Thrown by requireUser/requireRole; the action wrapper turns it into a refused state, pages into a redirect.
export class AuthorizationError extends Error {
  constructor(
    message: string,
    readonly reason: 'signed-out' | 'forbidden',
  ) {
    super(message);
    this.name = 'AuthorizationError';
  }
}
