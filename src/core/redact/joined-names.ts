import { judgeAssignment } from './key-names.js';

/**
 * The verdict for a name of words joined by any marks, as markup, manifests and stores write names (`API Key`,
 * `smtp.password`, `og:api-key`, `/prod/db/password`): its last path segment's words joined by `_`, else the whole
 * name's. An empty name or one longer than 120 characters is no name.
 */
export function judgeJoinedName(name: string, value: string): string | null {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 120) return null;
  const join = (s: string): string => s.replace(/[^\p{L}\p{N}]+/gu, '_');
  const last = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  return judgeAssignment(join(last), value) ?? (last === trimmed ? null : judgeAssignment(join(trimmed), value));
}
