import { describe, expect, it } from "vitest";
import { withoutRecycledWal } from "./dump-tar";

/** A tarball as PGlite writes it: a 512-byte header per entry, its data padded to 512, two empty blocks. */
function tarOf(entries: { name: string; data: string }[]): Uint8Array {
  const blocks: Uint8Array[] = [];
  for (const entry of entries) {
    const header = new Uint8Array(512);
    header.set(new TextEncoder().encode(entry.name), 0);
    header.set(new TextEncoder().encode(`${entry.data.length.toString(8).padStart(11, "0")}\0`), 124);
    blocks.push(header);
    const data = new Uint8Array(Math.ceil(entry.data.length / 512) * 512);
    data.set(new TextEncoder().encode(entry.data));
    blocks.push(data);
  }
  blocks.push(new Uint8Array(1024));
  const out = new Uint8Array(blocks.reduce((sum, block) => sum + block.length, 0));
  let at = 0;
  for (const block of blocks) {
    out.set(block, at);
    at += block.length;
  }
  return out;
}

/** Names and contents of a tarball's entries, in order. */
function entriesOf(tar: Uint8Array): string[] {
  const names: string[] = [];
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const name = new TextDecoder().decode(header.subarray(0, 100)).replace(/\0.*$/s, "");
    const size = Number.parseInt(new TextDecoder().decode(header.subarray(124, 135)), 8);
    const data = new TextDecoder().decode(tar.subarray(offset + 512, offset + 512 + size));
    names.push(`${name}=${data}`);
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return names;
}

describe("the test template's tarball", () => {
  it("keeps the data and the WAL up to the current segment, and leaves out the segments recycled ahead", () => {
    const tar = tarOf([
      { name: "/PG_VERSION", data: "18\n" },
      { name: "/pg_wal/000000010000000000000019", data: "old".repeat(300) },
      { name: "/pg_wal/00000001000000000000001A", data: "current" },
      { name: "/pg_wal/00000001000000000000001B", data: "recycled" },
      { name: "/pg_wal/archive_status", data: "" },
      { name: "/base/5/1259", data: "catalog" },
      { name: "/pg_wal/00000001000000000000001C", data: "recycled too" },
    ]);
    const trimmed = withoutRecycledWal(tar, "00000001000000000000001A");
    expect(entriesOf(trimmed)).toEqual([
      "/PG_VERSION=18\n",
      `/pg_wal/000000010000000000000019=${"old".repeat(300)}`,
      "/pg_wal/00000001000000000000001A=current",
      "/pg_wal/archive_status=",
      "/base/5/1259=catalog",
    ]);
    // Still a whole tarball: it ends with its empty blocks.
    expect(trimmed.subarray(-1024).every((byte) => byte === 0)).toBe(true);
    expect(trimmed.length % 512).toBe(0);
  });
});
