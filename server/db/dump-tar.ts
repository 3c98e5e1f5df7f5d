/**
 * A dumped embedded data directory (the tests' template, a backup) without the WAL segments
 * PostgreSQL recycled ahead of its current one: after a checkpoint it keeps `min_wal_size` of old
 * segments renamed as future ones, 16 MB each, that hold nothing it needs (it creates them again
 * when it gets there). They were half of the template that every test file loads (decision record
 * 0070), and would be half of every backup.
 */
const BLOCK = 512;
const SEGMENT = /(?:^|\/)pg_wal\/([0-9A-F]{24})$/;

function field(header: Uint8Array, start: number, length: number): string {
  const bytes = header.subarray(start, start + length);
  const end = bytes.indexOf(0);
  return new TextDecoder().decode(end === -1 ? bytes : bytes.subarray(0, end));
}

/** `currentSegment`: `pg_walfile_name(pg_current_wal_insert_lsn())` when the dump was taken. */
export function withoutRecycledWal(tar: Uint8Array, currentSegment: string): Uint8Array {
  const kept: Uint8Array[] = [];
  let offset = 0;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) {
      kept.push(tar.subarray(offset));
      break;
    }
    const prefix = field(header, 345, 155);
    const name = prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100);
    const size = Number.parseInt(field(header, 124, 12).trim() || "0", 8);
    const length = BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    const segment = SEGMENT.exec(name)?.[1];
    if (!segment || segment <= currentSegment) kept.push(tar.subarray(offset, offset + length));
    offset += length;
  }
  const out = new Uint8Array(kept.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of kept) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
