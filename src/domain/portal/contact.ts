// Issue 8 ("be told"): how an online applicant asks to be told of their case — an e-mail address, a
// mobile phone, both or neither (messages are a convenience; the case never depends on them).
// Personal data (§17): checked here, stored apart from the application (case_contacts).
export interface ContactInput {
  email?: string;
  phone?: string;
}

export interface CheckedContact {
  /** Null when neither channel was given. */
  value: { email: string | null; phone: string | null } | null;
  /** Field → error code. */
  errors: Record<string, string>;
}

// Deliberately plain: one @, no spaces, a dot in the domain. Deliverability is the mail server's call.
const EMAIL =
  /^[^\s@<>()[\]\\,;:"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** A phone as typed → E.164: a Kazakh number (8 7xx…, +7 7xx…, 7xx… ten digits) becomes +7…; a
 *  foreign one must be typed with + and its country code (8 to 15 digits). Null when it is neither. */
export function normalizePhone(input: string): string | null {
  const t = input.trim();
  const digits = t.replace(/[\s\-()]/g, '');
  if (!/^\+?\d+$/.test(digits)) return null;
  if (digits.startsWith('+')) {
    const d = digits.slice(1);
    if (d.startsWith('7')) return d.length === 11 ? `+${d}` : null;
    return d.length >= 8 && d.length <= 15 ? `+${d}` : null;
  }
  if (digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7')))
    return `+7${digits.slice(1)}`;
  if (digits.length === 10) return `+7${digits}`;
  return null;
}

export function checkContact(input: ContactInput): CheckedContact {
  const errors: Record<string, string> = {};
  const emailText = (input.email ?? '').trim();
  const phoneText = (input.phone ?? '').trim();
  let email: string | null = null;
  let phone: string | null = null;
  if (emailText !== '') {
    if (emailText.length > 254 || !EMAIL.test(emailText)) errors['contact.email'] = 'email_format';
    else email = emailText;
  }
  if (phoneText !== '') {
    phone = normalizePhone(phoneText);
    if (phone === null) errors['contact.phone'] = 'phone_format';
  }
  return { value: email || phone ? { email, phone } : null, errors };
}
