/**
 * The text of a PDF, page by page, through pdfjs-dist: loaded only when a PDF is chosen (its
 * code and worker are their own files on the app's origin, not in the first load nor the
 * precache). Pages are joined by a blank line; `pageStarts[n]` is where page n + 1 begins in
 * the text, so a quote's page is known (the format's `source.pageStarts`).
 */
export async function readPdfText(
  bytes: Uint8Array,
): Promise<{ text: string; pageStarts: number[] }> {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  // No eval (the CSP forbids it) and no fonts: only the text is read.
  const document = await pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  }).promise;
  let text = '';
  const pageStarts: number[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    let pageText = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      pageText += item.str + (item.hasEOL ? '\n' : '');
    }
    if (n > 1) text += '\n\n';
    pageStarts.push(text.length);
    text += pageText.replace(/[ \t]+\n/g, '\n').trimEnd();
  }
  await document.destroy();
  return { text, pageStarts };
}
