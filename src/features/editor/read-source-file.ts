import { htmlToText } from '@/domain/import/html-text';
import { decodeText } from '@/domain/dataset/text-encoding';

/**
 * A source's text from a file: plain text and Markdown as they are, HTML reduced to its text
 * (the importers' reduction: tags dropped, paragraphs as line breaks, nothing run), a PDF's text
 * with where its pages begin (pdfjs-dist, loaded only then). Bytes are decoded as the dataset
 * files are (UTF-8, else Windows-1252; UTF-16 by its mark).
 */
export async function readSourceFile(
  file: File,
): Promise<{ title: string; text: string; pageStarts?: number[] }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const title = file.name.replace(/\.[^.]+$/, '');
  if (/\.pdf$/i.test(file.name) || file.type === 'application/pdf') {
    const { readPdfText } = await import('./read-pdf');
    return { title, ...(await readPdfText(bytes)) };
  }
  const { text } = decodeText(bytes);
  if (/\.html?$/i.test(file.name) || /^\s*<(?:!doctype|html)/i.test(text)) {
    const heading = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
    // The head (title, styles, scripts) is not the text.
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(text)?.[1] ?? text;
    return { title: heading ? htmlToText(heading) : title, text: htmlToText(body) };
  }
  return { title, text };
}
