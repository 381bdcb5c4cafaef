import { describe, expect, it, vi } from 'vitest';
import { defineChunk } from './chunk';

describe('defineChunk', () => {
  it('imports once, on the first load, and keeps the module', async () => {
    const importer = vi.fn(() => Promise.resolve({ default: 'view' }));
    const chunk = defineChunk(importer);
    expect(importer).not.toHaveBeenCalled();
    expect(chunk.result).toBeNull();
    const [a, b] = await Promise.all([chunk.load(), chunk.load()]);
    expect(importer).toHaveBeenCalledTimes(1);
    expect(a).toBe(b);
    expect(chunk.result).toEqual({ ok: true, value: { default: 'view' } });
  });

  it('keeps a failed import as an error for the view to throw', async () => {
    const chunk = defineChunk(() => Promise.reject(new TypeError('Failed to fetch module')));
    await expect(chunk.load()).rejects.toThrow('Failed to fetch module');
    expect(chunk.result).toMatchObject({ ok: false, error: { message: 'Failed to fetch module' } });
  });

  it('turns a thrown non-error into an Error', async () => {
    const chunk = defineChunk(() => Promise.reject('offline'));
    await expect(chunk.load()).rejects.toThrow('offline');
    expect(chunk.result?.ok).toBe(false);
  });
});
