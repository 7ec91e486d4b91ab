import { useEffect } from 'react';

/** CSS strings in margin boxes: quotes and backslashes escaped, line breaks removed. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * Puts this document's reference (top left) and the printing officer and time (bottom
 * left) into every page's margins. Inserted through the CSSOM, which the app's
 * Content-Security-Policy allows (it forbids inline <style>).
 */
export function usePageMargins(reference: string | undefined, printedBy: string): void {
  useEffect(() => {
    if (!reference) return;
    const sheet = [...document.styleSheets].find((s) => {
      try {
        return s.cssRules.length >= 0;
      } catch {
        return false;
      }
    });
    if (!sheet) return;
    const index = sheet.insertRule(
      `@page { @top-left { content: ${cssString(reference)}; font: 600 9pt ui-monospace, monospace; } ` +
        `@bottom-left { content: ${cssString(printedBy)}; font: 9pt system-ui, sans-serif; } }`,
      sheet.cssRules.length,
    );
    return () => sheet.deleteRule(index);
  }, [reference, printedBy]);
}
