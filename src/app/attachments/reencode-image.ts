/**
 * Decodes a photo or scan and encodes it again as a JPEG whose longer side is at most
 * `maxPixels`. A phone camera's photo takes several megabytes, and downscaling brings it well
 * within the per-file limit. Encoding anew also drops the EXIF metadata, GPS position
 * included, which the PPID does not need. Rejects when the browser cannot decode the image.
 */
export async function reencodeImage(source: Blob, maxPixels: number, quality: number): Promise<Blob> {
  // 'from-image' applies the EXIF orientation, so a phone photo taken upright stays upright
  // once the metadata that said so is gone.
  const bitmap = await createImageBitmap(source, { imageOrientation: 'from-image' });
  try {
    const scale = Math.min(1, maxPixels / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const blob = await encodeJpeg(bitmap, width, height, quality);
    // A browser that cannot write the requested type returns a PNG instead (HTML canvas spec).
    if (blob.type !== 'image/jpeg') throw new Error(`The browser encoded ${blob.type || 'an unknown type'} instead of image/jpeg`);
    return blob;
  } finally {
    bitmap.close();
  }
}

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** JPEG has no alpha channel, so transparent areas are painted white, as on paper, not black. */
function drawOnWhite(context: Context2D, bitmap: ImageBitmap, width: number, height: number): void {
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
}

async function encodeJpeg(bitmap: ImageBitmap, width: number, height: number, quality: number): Promise<Blob> {
  // OffscreenCanvas keeps the encoding off the DOM; Safari before 16.4 has no 2D context on it.
  const offscreen = typeof OffscreenCanvas === 'undefined' ? undefined : new OffscreenCanvas(width, height);
  const offscreenContext = offscreen?.getContext('2d');
  if (offscreen && offscreenContext) {
    drawOnWhite(offscreenContext, bitmap, width, height);
    return offscreen.convertToBlob({ type: 'image/jpeg', quality });
  }

  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('The browser gave no 2D canvas context');
  drawOnWhite(context, bitmap, width, height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas could not be encoded as JPEG'))), 'image/jpeg', quality);
  });
}
