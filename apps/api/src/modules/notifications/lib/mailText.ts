// The e-mail for one or more notifications, in the recipient's language (Bahasa Indonesia unless
// they chose English): a plain-text part and a simple HTML part in which every value is escaped.

export type MailLocale = 'id' | 'en';

export interface MailItem {
  kind: string;
  params: Record<string, unknown>;
  link: string;
}

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

const MONTHS: Record<MailLocale, string[]> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

const WORDS = {
  id: {
    subjectOne: 'E-Kinerja: ',
    subjectMany: (n: number) => `E-Kinerja: ${n} pemberitahuan baru`,
    digest: (n: number) => `E-Kinerja: ringkasan harian (${n} pemberitahuan)`,
    greeting: (name: string) => `Yth. ${name},`,
    open: 'Buka',
    footer: 'Pesan ini dikirim otomatis oleh E-Kinerja BSC. Atur pemberitahuan di menu akun Anda.',
  },
  en: {
    subjectOne: 'E-Kinerja: ',
    subjectMany: (n: number) => `E-Kinerja: ${n} new notifications`,
    digest: (n: number) => `E-Kinerja: daily digest (${n} notifications)`,
    greeting: (name: string) => `Dear ${name},`,
    open: 'Open',
    footer:
      'This message was sent automatically by E-Kinerja BSC. Manage notifications in your account menu.',
  },
} as const;

function str(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

function period(locale: MailLocale, params: Record<string, unknown>): string {
  const month = Number(params.month);
  const name = MONTHS[locale][month - 1] ?? str(params.month);
  return `${name} ${str(params.year)}`;
}

function percent(locale: MailLocale, value: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  const format = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return `${format.format(value)}%`;
}

/** One sentence per notification kind (user content such as a reason is passed through as is). */
export function notificationSentence(locale: MailLocale, item: Pick<MailItem, 'kind' | 'params'>): string {
  const p = item.params;
  const when = period(locale, p);
  const id = locale === 'id';
  switch (item.kind) {
    case 'WINDOW_OPENED':
      return id
        ? `Pengisian realisasi periode ${when} telah dibuka; batas waktu ${str(p.dueDate)}.`
        : `Entry for ${when} is open; due on ${str(p.dueDate)}.`;
    case 'DUE_SOON':
      return id
        ? `${str(p.missing)} indikator periode ${when} belum dikirim; batas waktu ${str(p.dueDate)}.`
        : `${str(p.missing)} indicator(s) for ${when} not submitted yet; due on ${str(p.dueDate)}.`;
    case 'DUE_TODAY':
      return id
        ? `Hari ini batas waktu pelaporan periode ${when}: ${str(p.missing)} indikator belum dikirim.`
        : `Today is the deadline for ${when}: ${str(p.missing)} indicator(s) not submitted.`;
    case 'OVERDUE':
      return id
        ? `Terlambat: ${str(p.missing)} indikator periode ${when} belum dikirim (batas ${str(p.dueDate)}).`
        : `Overdue: ${str(p.missing)} indicator(s) for ${when} not submitted (due ${str(p.dueDate)}).`;
    case 'OVERDUE_ESCALATED':
      return id
        ? `Masa tenggang periode ${when} berakhir: ${str(p.missing)} indikator unit Anda belum dilaporkan.`
        : `The grace period for ${when} has ended: ${str(p.missing)} indicator(s) of your unit are not reported.`;
    case 'SUBMITTED_WAITING':
      return id
        ? `${str(p.count)} nilai menunggu verifikasi Anda.`
        : `${str(p.count)} value(s) are waiting for your verification.`;
    case 'VALUE_REJECTED':
      return id
        ? `Nilai "${str(p.indicator)}" periode ${when} dikembalikan. Alasan: ${str(p.reason)}`
        : `The value of "${str(p.indicator)}" for ${when} was rejected. Reason: ${str(p.reason)}`;
    case 'DIRECTIVE_DUE':
      return id
        ? `Arahan yang menjadi tanggung jawab Anda jatuh tempo ${str(p.dueDate)}: ${str(p.content)}`
        : `A directive you are in charge of is due on ${str(p.dueDate)}: ${str(p.content)}`;
    case 'DIRECTIVE_ASSIGNED': {
      const due = p.dueDate ? (id ? ` (batas ${str(p.dueDate)})` : ` (due ${str(p.dueDate)})`) : '';
      return id
        ? `Arahan pimpinan untuk Anda tindak lanjuti${due}: ${str(p.content)}`
        : `A leader gave you a directive to act on${due}: ${str(p.content)}`;
    }
    case 'FOLLOW_UP_DUE':
      return id
        ? `Tindak lanjut permasalahan "${str(p.issue)}" jatuh tempo ${str(p.dueDate)}: ${str(p.content)}`
        : `The follow-up of the problem "${str(p.issue)}" is due on ${str(p.dueDate)}: ${str(p.content)}`;
    case 'INDICATOR_RED':
      return id
        ? `Indikator "${str(p.indicator)}" menjadi merah pada periode ${when} (capaian ${percent(locale, p.score)}).`
        : `The indicator "${str(p.indicator)}" turned red for ${when} (achievement ${percent(locale, p.score)}).`;
    default:
      return item.kind;
  }
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

export function mailLocale(locale: string | null | undefined): MailLocale {
  return locale === 'en' ? 'en' : 'id';
}

/** The mail for `items` (newest last); `baseUrl` makes links absolute, none: no links. */
export function mailContent(
  locale: MailLocale,
  recipientName: string,
  items: readonly MailItem[],
  options: { digest?: boolean; baseUrl?: string } = {},
): MailContent {
  const words = WORDS[locale];
  const sentences = items.map((item) => notificationSentence(locale, item));
  const subject = options.digest
    ? words.digest(items.length)
    : items.length === 1
      ? `${words.subjectOne}${sentences[0]!}`.replace(/\s+/g, ' ').slice(0, 160)
      : words.subjectMany(items.length);
  const urlOf = (item: MailItem) => (options.baseUrl ? new URL(item.link, options.baseUrl).href : undefined);
  const text = [
    words.greeting(recipientName),
    '',
    ...items.map((item, i) => {
      const url = urlOf(item);
      return `- ${sentences[i]!}${url ? `\n  ${url}` : ''}`;
    }),
    '',
    words.footer,
  ].join('\n');
  const html = [
    `<p>${escapeHtml(words.greeting(recipientName))}</p>`,
    '<ul>',
    ...items.map((item, i) => {
      const url = urlOf(item);
      const link = url ? ` <a href="${escapeHtml(url)}">${escapeHtml(words.open)}</a>` : '';
      return `<li>${escapeHtml(sentences[i]!)}${link}</li>`;
    }),
    '</ul>',
    `<p><small>${escapeHtml(words.footer)}</small></p>`,
  ].join('\n');
  return { subject, text, html };
}

/** Minutes to wait before retrying a mail after `attempts` failed tries: 1, 5, 15, 60, then 6 h. */
export function retryDelayMs(attempts: number): number {
  const minutes = [1, 5, 15, 60][attempts - 1] ?? 360;
  return minutes * 60_000;
}

/** A mail is given up (FAILED) after this many failed tries, about two days of retries. */
export const MAX_MAIL_ATTEMPTS = 12;
