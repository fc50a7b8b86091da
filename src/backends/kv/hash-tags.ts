/**
 * Redis Cluster places a key by its hash tag when it has one: the text between its first "{" and the
 * first "}" after it, if that is not empty. Keys with one tag share a slot, so one script may touch them all.
 */
export function hashTag(key: string): string | null {
  const open = key.indexOf('{');
  if (open < 0) return null;
  const close = key.indexOf('}', open + 1);
  return close > open + 1 ? key.slice(open + 1, close) : null;
}

/**
 * Why a cluster cannot hold the service's keys as configured, or null. A script touches a captcha, its
 * failure counter and its legacy set together, and a captcha's name ends with its hash, so the tag that puts
 * them in one slot must be in the prefix, and in each legacy set's name.
 */
export function clusterKeyProblem(prefix: string, legacySets: Record<string, string> | null): string | null {
  const tag = hashTag(prefix);
  if (tag === null) {
    return `kv.prefix "${prefix}" has no hash tag: on a cluster it needs one, such as "{campus}:", so that the keys one script touches share a slot`;
  }
  for (const [kind, set] of Object.entries(legacySets ?? {})) {
    if (hashTag(set) !== tag) return `captcha.legacySets.${kind} "${set}" must hold kv.prefix's hash tag {${tag}} on a cluster: its members are added in one script with their captcha`;
  }
  return null;
}
