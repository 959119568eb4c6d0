import { describe, expect, it } from 'vitest';
import { detectImageType } from '../../domain/image-type';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('detectImageType', () => {
  it('recognises JPEG, PNG, WebP and HEIC by their magic bytes', () => {
    expect(detectImageType(bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF'))).toBe('image/jpeg');
    expect(detectImageType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'))).toBe('image/png');
    expect(detectImageType(bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '))).toBe('image/webp');
    for (const brand of ['heic', 'heix', 'mif1', 'msf1']) {
      expect(detectImageType(bytes([0, 0, 0, 0x18], 'ftyp', brand, [0, 0, 0, 0], 'mif1heic')), brand).toBe(
        'image/heic',
      );
    }
  });

  it('ignores what a file claims to be: text, PDF, GIF, AVIF and other ftyp brands are refused', () => {
    expect(detectImageType(bytes('hello, this is not a photo'))).toBeNull();
    expect(detectImageType(bytes('%PDF-1.7'))).toBeNull();
    expect(detectImageType(bytes('GIF89a', [1, 0, 1, 0]))).toBeNull();
    expect(detectImageType(bytes([0, 0, 0, 0x1c], 'ftypavif'))).toBeNull();
    expect(detectImageType(bytes([0, 0, 0, 0x18], 'ftypisom'))).toBeNull();
    expect(detectImageType(bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '))).toBeNull();
  });

  it('refuses empty and truncated content without reading past the end', () => {
    expect(detectImageType(new Uint8Array())).toBeNull();
    expect(detectImageType(bytes([0xff, 0xd8]))).toBeNull();
    expect(detectImageType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a]))).toBeNull();
    expect(detectImageType(bytes('RIFF', [0x24, 0, 0, 0], 'WEB'))).toBeNull();
    expect(detectImageType(bytes([0, 0, 0, 0x18], 'ftyphei'))).toBeNull();
  });
});
