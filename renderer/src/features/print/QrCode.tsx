import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code holding `text` (the record's reference), drawn as a data: image. */
export function QrCode({ text, onReady }: { text: string; onReady?: () => void }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 1, width: 160 }).then(setSrc, () => setSrc(null));
  }, [text]);
  if (!src) return null;
  return <img src={src} alt={`QR code: ${text}`} onLoad={onReady} />;
}
