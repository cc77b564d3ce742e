// Working screens before revoked ones; otherwise the API's order (newest first) is kept.
export function activeFirst<T extends { revokedAt?: string | null }>(devices: readonly T[]): T[] {
  return [...devices.filter((d) => !d.revokedAt), ...devices.filter((d) => !!d.revokedAt)];
}
