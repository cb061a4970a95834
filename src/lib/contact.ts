/**
 * Who to call about a policy, from its free-text `contact` (“示例县退役军人事务局优抚股，…，电话 0999-6212351”),
 * or the site's own office when the policy names none: shown near the top of every policy page.
 */
import { findPhones } from './text-enhance.ts';

export interface CallWho {
  /** The office to ask for, e.g. 示例县退役军人事务局优抚股. */
  office: string;
  /** Phone numbers as written; the page turns each into a tel: link. */
  phones: string[];
}

export function whoToCall(contact: string | undefined, site: { host: string; contact: { phone: string } }): CallWho {
  const phones = contact ? findPhones(contact) : [];
  if (!contact || phones.length === 0) return { office: site.host, phones: [site.contact.phone] };
  const office = contact
    .split(/[，,；;。（(]/)[0]!
    .replace(/电话.*$/, '')
    .trim();
  return { office: office || site.host, phones };
}
