/** Alert e-mails through SMTP (SMTP_URL, ALERTS_FROM), with the delivery id as Message-ID. */
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { opportunityPage } from '../publish/records.js';
import type { AlertPayload } from './alerts.store.js';

export interface MailResult {
  ok: boolean;
  error: string | null;
}

export class Mailer {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    timeoutMs: number,
  ) {
    this.transport = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs } as SMTPTransport.Options);
  }

  /**
   * The Message-ID is derived from the delivery id only, so a retry after a crash between sending
   * and recording is the same message to the receiving side (mail systems and clients dedupe on it).
   */
  static messageId(deliveryId: string, publicUrl: string): string {
    return `<${deliveryId}@${new URL(publicUrl).hostname || 'localhost'}>`;
  }

  async send(to: string, deliveryId: string, payload: AlertPayload, publicUrl: string): Promise<MailResult> {
    const { subject, text } = renderMail(payload, publicUrl);
    try {
      await this.transport.sendMail({
        from: this.from,
        to,
        subject,
        text,
        messageId: Mailer.messageId(deliveryId, publicUrl),
        headers: { 'Auto-Submitted': 'auto-generated', 'X-Ecosystem-Delivery': deliveryId },
      });
      return { ok: true, error: null };
    } catch (error) {
      return { ok: false, error: (error instanceof Error ? error.message : String(error)).slice(0, 500) };
    }
  }

  close(): void {
    this.transport.close();
  }
}

/** French first, English after: one line per item with its link. */
export function renderMail(payload: AlertPayload, publicUrl: string): { subject: string; text: string } {
  const n = payload.items.length;
  const subject = payload.test
    ? `Essai de l’alerte « ${payload.alert.name} » (test)`
    : `${n} nouveauté${n > 1 ? 's' : ''} pour « ${payload.alert.name} »`;
  const lines = payload.items.map((item) => `- ${item.title}${item.deadline ? ` (date limite : ${item.deadline})` : ''}\n  ${item.url ?? opportunityPage(publicUrl, item.id)}`);
  const text = [
    payload.test ? 'Ceci est un essai de votre alerte : elle fonctionne.' : `Nouveautés de votre alerte « ${payload.alert.name} » :`,
    '',
    ...lines,
    '',
    `Gérer vos alertes : ${publicUrl}/alertes`,
    '',
    '—',
    payload.test ? 'This is a test of your alert: it works.' : `New matches for your alert "${payload.alert.name}" (${n}), listed above.`,
    `Manage your alerts: ${publicUrl}/alertes`,
  ].join('\n');
  return { subject, text };
}
