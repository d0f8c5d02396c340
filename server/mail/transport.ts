import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';

export interface MailMessage {
  kind: 'confirmation' | 'reply' | 'registration';
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Request key the mail is about, if any; also put into a header so tools can find mails per request. */
  requestKey?: string;
}

export type MailTransport = (message: MailMessage) => Promise<string>;

function headers(message: MailMessage): Record<string, string> {
  return { 'X-MedSupport-Kind': message.kind, ...(message.requestKey ? { 'X-MedSupport-Request': message.requestKey } : {}) };
}

/** Sends over SMTP; returns the message id. */
export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return async (message) => {
    const info = await transporter.sendMail({ from, to: message.to, subject: message.subject, text: message.text, html: message.html, headers: headers(message) });
    return info.messageId;
  };
}

/** Writes each mail as an .eml file into `dir`; returns the file name. Names sort by creation time. */
export function outboxTransport(dir: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  let sequence = 0;
  let ready: Promise<unknown> | null = null;
  return async (message) => {
    const info = await transporter.sendMail({ from, to: message.to, subject: message.subject, text: message.text, html: message.html, headers: headers(message) });
    sequence = (sequence + 1) % 1_000_000;
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const name = `${stamp}-${String(sequence).padStart(6, '0')}-${message.kind}${message.requestKey ? `-${message.requestKey}` : ''}.eml`;
    ready ??= fs.mkdir(dir, { recursive: true });
    await ready;
    await fs.writeFile(path.join(dir, name), info.message as Buffer);
    return name;
  };
}
