/**
 * A zip package made the same on every run, without unpacking and repacking it: the `docx` package zips with
 * the current time as every entry's date, so each entry is copied with its compressed data as it is and the
 * zip epoch (1980-01-01 00:00) as its date; only entries `edit` changes are inflated and deflated again. It
 * replaced a JSZip load and regenerate that deflated every entry twice (~0.3–0.5 s per MB of regulation).
 */
import {crc32, deflateRawSync, inflateRawSync} from 'node:zlib'

const LOCAL = 0x04034b50
const CENTRAL = 0x02014b50
const END = 0x06054b50
// MS-DOS date of 1980-01-01 (day 1, month 1, year 0 since 1980) and time 00:00:00.
const DOS_DATE = (1 << 5) | 1
const DOS_TIME = 0

interface Entry {
  name: string
  method: number
  flags: number
  crc: number
  size: number
  data: Buffer
}

/** The entries of a zip package, in the order of its central directory. */
function readEntries(zip: Buffer): Entry[] {
  let end = zip.length - 22
  while (end >= 0 && zip.readUInt32LE(end) !== END) end--
  if (end < 0) throw new Error('regdiff: the Word package is not a zip file')
  const count = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  const entries: Entry[] = []
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error('regdiff: the Word package has a broken central directory')
    const nameLength = zip.readUInt16LE(at + 28)
    const local = zip.readUInt32LE(at + 42)
    if (zip.readUInt32LE(local) !== LOCAL) throw new Error('regdiff: the Word package has a broken entry')
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const stored = zip.readUInt32LE(at + 20)
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      flags: zip.readUInt16LE(at + 8) & ~0x8, // sizes and CRC are in the headers written below
      crc: zip.readUInt32LE(at + 16),
      size: zip.readUInt32LE(at + 24),
      data: zip.subarray(start, start + stored)
    })
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  return entries
}

/** The fields local and central headers share, from "version needed" to the extra field's length (0). */
function common(entry: Entry, name: Buffer): Buffer {
  const b = Buffer.alloc(26)
  b.writeUInt16LE(20, 0)
  b.writeUInt16LE(entry.flags | 0x800, 2) // names are UTF-8
  b.writeUInt16LE(entry.method, 4)
  b.writeUInt16LE(DOS_TIME, 6)
  b.writeUInt16LE(DOS_DATE, 8)
  b.writeUInt32LE(entry.crc, 10)
  b.writeUInt32LE(entry.data.length, 14)
  b.writeUInt32LE(entry.size, 18)
  b.writeUInt16LE(name.length, 22)
  return b
}

function header(signature: number, size: number): Buffer {
  const b = Buffer.alloc(size)
  b.writeUInt32LE(signature, 0)
  return b
}

/** The package with every entry dated at the zip epoch, and `edit`'s new content where it returns one. */
export function fixZipDates(zip: Buffer, edit: (name: string, content: () => Buffer) => Buffer | null): Buffer {
  const parts: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const entry of readEntries(zip)) {
    const content = () => (entry.method === 8 ? inflateRawSync(entry.data) : entry.data)
    const changed = edit(entry.name, content)
    if (changed) Object.assign(entry, {method: 8, crc: crc32(changed), size: changed.length, data: deflateRawSync(changed, {level: 6})})
    const name = Buffer.from(entry.name, 'utf8')
    const fields = common(entry, name)
    const local = Buffer.concat([header(LOCAL, 4), fields, name])
    // Comment length, disk, internal and external attributes (all zero), then where the local header is.
    const tail = Buffer.alloc(14)
    tail.writeUInt32LE(offset, 10)
    const made = Buffer.alloc(2)
    made.writeUInt16LE(20, 0) // made by MS-DOS, zip 2.0: no Unix modes
    central.push(Buffer.concat([header(CENTRAL, 4), made, fields, tail, name]))
    parts.push(local, entry.data)
    offset += local.length + entry.data.length
  }
  const directory = Buffer.concat(central)
  const end = header(END, 22)
  end.writeUInt16LE(central.length, 8)
  end.writeUInt16LE(central.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...parts, directory, end])
}
