import { EventEmitter, once } from 'node:events';
import type { Writable } from 'node:stream';
import { constants, crc32, createDeflateRaw, deflateRawSync, DeflateRaw } from 'node:zlib';

/**
 * A ZIP archive (PKWARE APPNOTE 6.3) written as it goes: small members whole, one large member as a
 * stream of deflated text whose CRC and sizes follow it in a data descriptor. Only what an XLSX
 * package needs: deflate, UTF-8 names, no ZIP64 (a member or the archive over 4 GiB is refused; an
 * XLSX sheet holds at most 1,048,576 rows). Compression is node:zlib's, on the thread pool, so it
 * runs beside the code that makes the rows; the output's backpressure reaches the writer of the stream.
 */

const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR = 0x08074b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** Version 2.0: deflate and data descriptors. */
const VERSION = 20;
/** Bit 3: CRC and sizes in a data descriptor after the data; bit 11: the name is UTF-8. */
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const DEFLATE = 8;
const MAX_32 = 0xffffffff;

interface Member {
  name: Buffer;
  flags: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** DOS date and time of an instant (local fields as UTC: a ZIP has no time zone). */
function dosDateTime(at: Date): { date: number; time: number } {
  return {
    date: ((at.getUTCFullYear() - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1),
  };
}

/** Resolves when `out` can take more (at once if it can), or when it closes; never waits on a stream that is gone. */
export async function drainedOrClosed(stream: EventEmitter, out: Writable): Promise<void> {
  if (out.destroyed) return;
  const done = new AbortController();
  await Promise.race([once(stream, 'drain', { signal: done.signal }), once(out, 'close', { signal: done.signal })]).finally(() =>
    done.abort(),
  );
}

/** A member being streamed: text in, deflated bytes out to the archive. */
export interface ZipEntryStream {
  /** Takes text; resolves once the deflate stream (and through it the output) can take more. */
  write(text: string): Promise<void>;
  /** Ends the member: the rest of the deflated data, then its data descriptor. */
  end(): Promise<void>;
}

export class ZipWriter {
  private readonly members: Member[] = [];
  private offset = 0;
  private readonly stamp: { date: number; time: number };
  private streaming = false;

  constructor(
    private readonly out: Writable,
    private readonly level: number = constants.Z_DEFAULT_COMPRESSION,
    at: Date = new Date(),
  ) {
    this.stamp = dosDateTime(at);
  }

  /** A whole (small) member, deflated at once. */
  async addFile(name: string, content: string): Promise<void> {
    const data = Buffer.from(content, 'utf8');
    const deflated = deflateRawSync(data, { level: this.level });
    const member = this.open(name, FLAG_UTF8, crc32(data), deflated.length, data.length);
    await this.emit(deflated);
    this.members.push(member);
  }

  /** A member streamed in pieces; the archive takes nothing else until it is ended. */
  entryStream(name: string): ZipEntryStream {
    if (this.streaming) throw new Error('one streamed member at a time');
    this.streaming = true;
    const member = this.open(name, FLAG_UTF8 | FLAG_DESCRIPTOR, 0, 0, 0);
    const deflate: DeflateRaw = createDeflateRaw({ level: this.level });
    // A client that goes away stops the compression too (its buffers are freed).
    const abandon = () => deflate.destroy();
    this.out.once('close', abandon);
    deflate.on('data', (chunk: Buffer) => {
      member.compressed += chunk.length;
      this.offset += chunk.length;
      if (!this.out.write(chunk)) {
        deflate.pause();
        this.out.once('drain', () => deflate.resume());
      }
    });
    // Ends with the deflated data all emitted; fails if the stream was destroyed first (the output closed).
    const ended = new Promise<void>((resolve, reject) => {
      deflate.once('end', resolve);
      deflate.once('error', reject);
      deflate.once('close', () => reject(new Error('the output closed')));
    });
    ended.catch(() => undefined);
    return {
      write: async (text) => {
        const data = Buffer.from(text, 'utf8');
        member.crc = crc32(data, member.crc);
        member.size += data.length;
        if (member.size > MAX_32) throw new Error(`${name} is larger than a ZIP without ZIP64 holds (4 GiB)`);
        if (!deflate.write(data)) await drainedOrClosed(deflate, this.out);
        if (this.out.destroyed) throw new Error('the output closed');
      },
      end: async () => {
        deflate.end();
        await ended;
        this.out.off('close', abandon);
        const descriptor = Buffer.alloc(16);
        descriptor.writeUInt32LE(DATA_DESCRIPTOR, 0);
        descriptor.writeUInt32LE(member.crc >>> 0, 4);
        descriptor.writeUInt32LE(member.compressed, 8);
        descriptor.writeUInt32LE(member.size, 12);
        this.streaming = false;
        await this.emit(descriptor);
        this.members.push(member);
      },
    };
  }

  /** The central directory and its end record; resolves once the output has taken them and finished. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const m of this.members) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(CENTRAL_HEADER, 0);
      header.writeUInt16LE(VERSION, 4);
      header.writeUInt16LE(VERSION, 6);
      header.writeUInt16LE(m.flags, 8);
      header.writeUInt16LE(DEFLATE, 10);
      header.writeUInt16LE(this.stamp.time, 12);
      header.writeUInt16LE(this.stamp.date, 14);
      header.writeUInt32LE(m.crc >>> 0, 16);
      header.writeUInt32LE(m.compressed, 20);
      header.writeUInt32LE(m.size, 24);
      header.writeUInt16LE(m.name.length, 28);
      header.writeUInt32LE(m.offset, 42);
      await this.emit(Buffer.concat([header, m.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
    end.writeUInt16LE(this.members.length, 8);
    end.writeUInt16LE(this.members.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.emit(end);
    this.out.end();
    await once(this.out, 'finish');
  }

  /** A member's local header, written now; the member is recorded with its offset. */
  private open(name: string, flags: number, crc: number, compressed: number, size: number): Member {
    if (this.streaming && !(flags & FLAG_DESCRIPTOR)) throw new Error('a streamed member is still open');
    const member: Member = { name: Buffer.from(name, 'utf8'), flags, crc, compressed, size, offset: this.offset };
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL_HEADER, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(flags, 6);
    header.writeUInt16LE(DEFLATE, 8);
    header.writeUInt16LE(this.stamp.time, 10);
    header.writeUInt16LE(this.stamp.date, 12);
    // With a data descriptor, CRC and sizes are zero here and follow the data.
    header.writeUInt32LE(crc >>> 0, 14);
    header.writeUInt32LE(compressed, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(member.name.length, 26);
    this.write(Buffer.concat([header, member.name]));
    return member;
  }

  private write(chunk: Buffer): boolean {
    if (this.offset + chunk.length > MAX_32) throw new Error('the archive is larger than a ZIP without ZIP64 holds (4 GiB)');
    this.offset += chunk.length;
    return this.out.write(chunk);
  }

  private async emit(chunk: Buffer): Promise<void> {
    if (this.out.destroyed || this.out.writableEnded) throw new Error('the output closed');
    if (!this.write(chunk)) await drainedOrClosed(this.out, this.out);
  }
}
