import { CREDENTIALS } from '../../../keywords/credentials';
import type { CredentialEntry, CredentialId } from '../../../keywords/types';

export interface CredentialGroup {
  id: string;
  title: string;
  /** One line under the group heading. */
  hint?: string;
  ids: readonly CredentialId[];
}

/**
 * The options page's credential groups (issue #4). Every id of CREDENTIAL_IDS is in exactly one
 * group (tests/unit/pages.test.tsx checks it), in the order the page shows them.
 */
export const CREDENTIAL_GROUPS: readonly CredentialGroup[] = [
  {
    id: 'national',
    title: 'National certification',
    ids: ['ptcb-cpht', 'nha-excpt', 'national-certification'],
  },
  {
    id: 'state',
    title: 'State licence or registration',
    hint: 'For your home state, which you choose under “About you”.',
    ids: ['state-license'],
  },
  {
    id: 'specialty',
    title: 'Specialty training',
    ids: ['sterile-compounding', 'nonsterile-compounding', 'hazardous-drugs', 'nuclear-pharmacy'],
  },
  {
    id: 'ptcb',
    title: 'PTCB certifications and certificates',
    hint: 'Equivalent training from another provider or your employer counts too.',
    ids: ['cpht-adv', 'cspt', 'immunization', 'tech-product-verification', 'medication-history', 'billing-reimbursement', 'controlled-substances'],
  },
  {
    id: 'other',
    title: 'Other',
    ids: ['bls-cpr', 'accredited-training', 'military-pharmacy-training', 'drivers-license', 'pharmacy-student'],
  },
];

/** Extra help for a few credentials. */
export const CREDENTIAL_NOTES: Partial<Record<CredentialId, string>> = {
  'national-certification': 'No need to set this if you set PTCB or NHA above: either one counts.',
};

const BY_ID = new Map(CREDENTIALS.map((c) => [c.id, c] as const));

export function credentialEntry(id: CredentialId): CredentialEntry {
  const entry = BY_ID.get(id);
  if (!entry) throw new Error(`No keyword-map entry for credential "${id}"`);
  return entry;
}
