/**
 * What Tandem accepts as an e-mail address: the same rule as zod's own `z.email()` default, kept here as
 * a plain pattern so the panel can check a typed address exactly as the background will, without
 * loading schema code. Loose on purpose: Calendar itself checks invitations properly.
 */
export const EMAIL_PATTERN =
  /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
