/**
 * Bytes → string with the right character set. Many Afghan, Iranian and Arab
 * news sites still serve windows-1256 or similar; decoding them as UTF-8 would
 * turn every letter into "�". TextDecoder (full ICU in Node) knows the legacy
 * encodings by their WHATWG labels.
 */

export type DecodeOptions = {
  /** charset from the HTTP Content-Type header, if any. */
  declaredCharset?: string | null;
  /** Look for <meta charset> in the first bytes (HTML only). */
  sniffHtml?: boolean;
  /** Throw instead of inserting U+FFFD when the bytes are not valid in the charset. */
  fatal?: boolean;
};

/** The charset parameter of a Content-Type value, e.g. "text/html; charset=windows-1256". */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? "");
  return m?.[1]?.toLowerCase() ?? null;
}

/** <meta charset="x"> or <meta http-equiv="Content-Type" content="...; charset=x"> near the top. */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  // Browsers look at the first 1024 bytes; some CMSs put the meta later, so look a bit further.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

function decoderFor(label: string | null | undefined, fatal: boolean): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return null; // unknown label: fall through to the next source of truth
  }
}

/**
 * Decodes with, in order of trust: a byte-order mark, the declared charset,
 * a <meta> charset, then UTF-8 (the web's default today).
 * With `fatal`, invalid bytes throw a TypeError the caller turns into a message.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): string {
  const fatal = options.fatal ?? false;
  const decoder =
    decoderFor(bomEncoding(bytes), fatal) ??
    decoderFor(options.declaredCharset, fatal) ??
    (options.sniffHtml ? decoderFor(sniffHtmlCharset(bytes), fatal) : null) ??
    new TextDecoder("utf-8", { fatal });
  // TextDecoder drops a BOM that matches its encoding, so no stray U+FEFF remains.
  return decoder.decode(bytes);
}
