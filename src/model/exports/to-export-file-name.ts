/** "Sectors and pillars" → "hled-sectors-and-pillars.png": ASCII, lower case, no spaces, safe on every system. */
export function toExportFileName(title: string, extension: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `hled${slug === '' ? '' : `-${slug}`}.${extension}`;
}
